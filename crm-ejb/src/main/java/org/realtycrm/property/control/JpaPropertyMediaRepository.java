package org.realtycrm.property.control;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;

@ApplicationScoped
public class JpaPropertyMediaRepository implements PropertyMediaRepository {

    /** Ids from the column's default (the sequence's next value, which no entity's block of 50 holds: V12). */
    private static final String INSERT_ALL = """
            insert into property_media (property_id, media_key, media_order, url, category, media_modification_ts)
            select m.property_id, m.media_key, m.media_order, m.url, m.category, cast(m.modified as timestamptz)
              from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as integer[]), cast(? as text[]),
                          cast(? as text[]), cast(? as text[]))
                   as m(property_id, media_key, media_order, url, category, modified)
            on conflict (property_id, media_key) do nothing
            """;

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
    public void addAllAtOnce(List<PropertyMedia> media) {
        if (media.isEmpty()) {
            return;
        }
        em.flush(); // the properties they belong to may still be pending inserts
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setArray(1, connection.createArrayOf("bigint",
                        media.stream().map(PropertyMedia::getPropertyId).toArray()));
                insert.setArray(2, connection.createArrayOf("text",
                        media.stream().map(PropertyMedia::getMediaKey).toArray()));
                insert.setArray(3, connection.createArrayOf("integer",
                        media.stream().map(PropertyMedia::getOrder).toArray()));
                insert.setArray(4, connection.createArrayOf("text",
                        media.stream().map(PropertyMedia::getUrl).toArray()));
                insert.setArray(5, connection.createArrayOf("text",
                        media.stream().map(PropertyMedia::getCategory).toArray()));
                // as ISO-8601 text, which PostgreSQL reads exactly (Timestamp arrays would pass through the JVM's zone)
                insert.setArray(6, connection.createArrayOf("text", media.stream()
                        .map(m -> m.getMediaModificationTimestamp() == null ? null
                                : m.getMediaModificationTimestamp().toString())
                        .toArray()));
                insert.executeUpdate();
            }
        });
    }

    @Override
    public void remove(PropertyMedia media) {
        em.remove(em.contains(media) ? media : em.merge(media));
    }
}
