package org.realtycrm.property.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyUpdate;

@ApplicationScoped
public class JpaPropertyRepository implements PropertyRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<Property> find(long id) {
        return Optional.ofNullable(em.find(Property.class, id));
    }

    @Override
    public Optional<Property> findByListingKey(long feedId, String listingKey) {
        // answered by the unique index (feed_id, listing_key)
        return em.createQuery("select p from Property p where p.feedId = :feed and p.listingKey = :key", Property.class)
                .setParameter("feed", feedId)
                .setParameter("key", listingKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(PropertyUpdate update) {
        if (update.property().getId() == null) {
            em.persist(update.property()); // first: the history rows refer to it
        }
        update.history().forEach(em::persist);
    }

    @Override
    public List<PriceStatusChange> history(long propertyId) {
        return em.createQuery("select h from PriceStatusChange h where h.property.id = :property "
                        + "order by h.changedAt desc, h.id desc", PriceStatusChange.class)
                .setParameter("property", propertyId)
                .getResultList();
    }
}
