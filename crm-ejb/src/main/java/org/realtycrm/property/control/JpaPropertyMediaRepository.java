package org.realtycrm.property.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;

@ApplicationScoped
public class JpaPropertyMediaRepository implements PropertyMediaRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public List<PropertyMedia> forProperty(long propertyId) {
        return em.createQuery("select m from PropertyMedia m where m.propertyId = :property "
                        + "order by m.order, m.id", PropertyMedia.class)
                .setParameter("property", propertyId)
                .getResultList();
    }

    @Override
    public Map<Long, List<PropertyMedia>> forProperties(Collection<Long> propertyIds) {
        if (propertyIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from PropertyMedia m where m.propertyId in :properties "
                        + "order by m.propertyId, m.order, m.id", PropertyMedia.class)
                .setParameter("properties", propertyIds)
                .getResultStream()
                .collect(Collectors.groupingBy(PropertyMedia::getPropertyId));
    }

    @Override
    public Optional<PropertyMedia> find(long propertyId, String mediaKey) {
        return em.createQuery("select m from PropertyMedia m where m.propertyId = :property and m.mediaKey = :key",
                        PropertyMedia.class)
                .setParameter("property", propertyId)
                .setParameter("key", mediaKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(PropertyMedia media) {
        em.persist(media);
    }

    @Override
    public void remove(PropertyMedia media) {
        em.remove(em.contains(media) ? media : em.merge(media));
    }
}
