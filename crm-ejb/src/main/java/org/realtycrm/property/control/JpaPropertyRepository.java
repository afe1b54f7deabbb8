package org.realtycrm.property.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.property.entity.PriceStatusChange;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyPage;
import org.realtycrm.property.entity.PropertyQuery;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyUpdate;
import org.realtycrm.property.entity.PropertyVisibility;
import org.realtycrm.property.entity.StandardStatus;

@ApplicationScoped
public class JpaPropertyRepository implements PropertyRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    PropertyTotals totals;

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
        // least recently tried first: listings whose photos keep failing wait behind the rest; the partial index
        // properties_photos_to_fetch_idx holds exactly these rows in this order (V16)
        return em.createQuery("select p.id from Property p where p.feedId = :feed and p.photosChanged = true "
                        + "order by p.photosTriedAt asc nulls first, p.modificationTimestamp, p.id", Long.class)
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
    public Optional<Property> find(long id, PropertyVisibility visibility) {
        return find(id).filter(visibility::allows);
    }

    @Override
    public List<Property> findAll(Collection<Long> ids, PropertyVisibility visibility) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Property p where p.id in :ids", Property.class)
                .setParameter("ids", ids)
                .getResultStream()
                .filter(visibility::allows)
                .toList();
    }

    @Override
    public PropertyPage search(PropertyQuery query, PropertyVisibility visibility, PageRequest page) {
        PropertySearch search = PropertySearch.of(query, visibility);
        long changeVersion = planWithTheseValuesAndReadChanges();

        // Two steps so that paging happens in SQL: the ids of the page first, then their properties.
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(em.createNativeQuery(search.pageIdsSql()), search)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = total(query, visibility, search, changeVersion);

        List<Long> pageIds = ids.stream().map(Number::longValue).toList();
        if (pageIds.isEmpty()) {
            return PropertyPage.counted(Page.of(List.of(), total, page));
        }
        Map<Long, Property> byId = em.createQuery("select p from Property p where p.id in :ids", Property.class)
                .setParameter("ids", pageIds)
                .getResultStream()
                .collect(Collectors.toMap(Property::getId, Function.identity()));
        return PropertyPage.counted(Page.of(pageIds.stream().map(byId::get).filter(Objects::nonNull).toList(),
                total, page));
    }

    /**
     * Plans this transaction's statements for the values they are run with, and reads the property change counter,
     * in one round trip. After five runs of a prepared statement PostgreSQL may keep one generic plan for any values;
     * for the search that plan assumes a map box or a price range matches a handful of rows, and then sorts 20,000 of
     * them for one page (measured: 4 ms with the values, 145 ms with the generic plan). Planning a search costs well
     * under a millisecond. The counter (V13) is read before the page and the count: a change committed in between
     * leaves a total remembered under the older value, so the next search counts again rather than trust it.
     */
    private long planWithTheseValuesAndReadChanges() {
        // set_config(…, true): SET LOCAL as a query, for this transaction only
        Object[] row = (Object[]) em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', "
                + "true), (select sum(version) from property_changes)").getSingleResult();
        return ((Number) row[1]).longValue();
    }

    /** The matches counted up to one past the limit, or remembered from an earlier count of the same filters. */
    private long total(PropertyQuery query, PropertyVisibility visibility, PropertySearch search, long changeVersion) {
        OptionalLong known = totals.get(query, visibility, changeVersion);
        if (known.isPresent()) {
            return known.getAsLong();
        }
        long total = ((Number) bind(em.createNativeQuery(search.cappedCountSql()), search)
                .setParameter("limit", PropertyPage.COUNT_LIMIT + 1)
                .getSingleResult()).longValue();
        totals.remember(query, visibility, changeVersion, total);
        return total;
    }

    private static Query bind(Query query, PropertySearch search) {
        search.parameters().forEach(query::setParameter);
        return query;
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
    public void deferChangeCount() {
        // the transaction-local mark the counter's trigger reads (V13, V20): "already counted"
        em.createNativeQuery("select set_config('crm.property_changes_bumped', 'yes', true)").getSingleResult();
    }

    @Override
    public void countChangesNow() {
        // a void function, selected where its value is not read
        em.createNativeQuery("select count(*) from (select property_changes_bump_now()) as bumped").getSingleResult();
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
