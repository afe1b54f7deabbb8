package org.realtycrm.mls.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.ListedBy;
import org.realtycrm.mls.entity.Member;
import org.realtycrm.mls.entity.Office;
import org.realtycrm.property.entity.Property;

/**
 * Who lists each listing ({@link ListedBy}): the Member and Office records its feed sent for its ListAgentKey and
 * ListOfficeKey, read for all the listings at once (a page of the search, a lead's listings) in one query, so that
 * names never cost a query per listing. The one place the API and the screens get a listing's agent and office from.
 */
@ApplicationScoped
public class ListedByLookup {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public ListedBy of(Property listing) {
        return of(List.of(listing)).get(listing.getId());
    }

    /** @return by property id, one for each of {@code listings} */
    public Map<Long, ListedBy> of(Collection<Property> listings) {
        List<Long> keyed = listings.stream()
                .filter(p -> p.getFeedId() != null && (p.getListAgentKey() != null || p.getListOfficeKey() != null))
                .map(Property::getId).toList();
        // the unique indexes (feed_id, member_key) and (feed_id, office_key) answer each join
        Map<Long, Object[]> records = keyed.isEmpty() ? Map.of() : em.createQuery("""
                        select p.id, m, o from Property p
                          left join Member m on m.feedId = p.feedId and m.memberKey = p.listAgentKey
                          left join Office o on o.feedId = p.feedId and o.officeKey = p.listOfficeKey
                         where p.id in :ids""", Object[].class)
                .setParameter("ids", keyed)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        Map<Long, ListedBy> listedBy = new HashMap<>();
        for (Property listing : listings) {
            Object[] row = records.get(listing.getId());
            listedBy.put(listing.getId(), row == null ? ListedBy.asListed(listing)
                    : ListedBy.of(listing, (Member) row[1], (Office) row[2]));
        }
        return listedBy;
    }
}
