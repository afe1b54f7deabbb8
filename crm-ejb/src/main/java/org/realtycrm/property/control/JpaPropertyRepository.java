package org.realtycrm.property.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyUpdate;
import org.realtycrm.property.entity.StandardStatus;

@ApplicationScoped
public class JpaPropertyRepository implements PropertyRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<Property> find(long id) {
        return Optional.ofNullable(em.find(Property.class, id));
    }

    @Override
    public Map<String, Property> findByListingKeys(long feedId, Collection<String> listingKeys) {
        if (listingKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Property p where p.feedId = :feed and p.listingKey in :keys", Property.class)
                .setParameter("feed", feedId)
                .setParameter("keys", listingKeys)
                .getResultStream()
                .collect(Collectors.toMap(Property::getListingKey, Function.identity()));
    }

    @Override
    public List<Long> withPhotosToFetch(long feedId, int limit) {
        // the partial index properties_photos_changed_idx holds exactly these rows
        return em.createQuery("select p.id from Property p where p.feedId = :feed and p.photosChanged = true "
                        + "order by p.modificationTimestamp, p.id", Long.class)
                .setParameter("feed", feedId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<String> liveListingKeys(long feedId) {
        return em.createQuery("select p.listingKey from Property p where p.feedId = :feed "
                        + "and p.standardStatus <> :withdrawn order by p.listingKey", String.class)
                .setParameter("feed", feedId)
                .setParameter("withdrawn", StandardStatus.DELETE)
                .getResultList();
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
