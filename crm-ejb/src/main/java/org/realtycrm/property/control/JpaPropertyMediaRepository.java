package org.realtycrm.property.control;

import java.util.Collection;
import java.util.HashMap;
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
    public Optional<PropertyMedia> find(long id) {
        return Optional.ofNullable(em.find(PropertyMedia.class, id));
    }

    @Override
    public Map<Long, Long> covers(Collection<Long> propertyIds) {
        if (propertyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> covers = new HashMap<>();
        em.createQuery("select m.propertyId, m.id from PropertyMedia m where m.propertyId in :properties "
                        + "and m.storedKey is not null order by m.order desc, m.id desc", Object[].class)
                .setParameter("properties", propertyIds)
                .getResultStream()
                .forEach(row -> covers.put((Long) row[0], (Long) row[1])); // the last put, the lowest order, wins
        return covers;
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
