package org.realtycrm.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Finds what the saved searches' alerts tell, in property_history since the last look: listings that came on the
 * market (a first status, or a status from off the market, that is for sale) and price drops, of listings the public
 * may see (the view {@code site_listings}, the website's one rule) and that are for sale now, matching a search saved
 * before the change. The criteria mean what the website's search form means by them: words in the address or
 * description, the city in any case, the ZIP, the price range, at least so many beds and baths, the type.
 * <p>
 * Each look reads the rows stamped since {@link #SETTLE_MINUTES} minutes before the last look began: a row is stamped
 * when its transaction starts and seen when it commits, so a row committed after a look began, but stamped before,
 * is read by the next one; a match found twice is stored once (unique per search and history row). It assumes that
 * no transaction writing property_history stays open that long (a sync page commits in seconds). Only news counts:
 * a change whose feed version is older than {@link #NEWS_DAYS} days (a new feed's first load) tells nobody.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AlertMatcher {

    static final int SETTLE_MINUTES = 15;
    /** A change the feed made longer ago than this (its ModificationTimestamp) is not news. */
    static final int NEWS_DAYS = 3;

    /** For sale, as the website's default search means it. */
    static final String FOR_SALE = "('Active', 'Coming Soon', 'Active Under Contract')";

    private static final String MATCH = "insert into saved_search_matches"
            + " (search_id, property_id, history_id, kind, old_price, new_price)"
            + " select s.id, h.property_id, h.id,"
            + "        case when h.field = 'STANDARD_STATUS' then 'NEW_LISTING' else 'PRICE_DROP' end,"
            + "        h.old_price, h.new_price"
            + "   from property_history h"
            + "   join site_listings l on l.id = h.property_id"
            + "   join saved_searches s on s.frequency <> 'OFF' and s.created_at <= h.changed_at"
            + "   join users u on u.id = s.user_id and u.active"
            + "  where h.changed_at > ?1"
            // news, not history: a feed's first load brings every listing "new" with its old version stamp
            + "    and h.modification_timestamp > h.changed_at - make_interval(days => " + NEWS_DAYS + ")"
            + "    and l.standard_status in " + FOR_SALE
            + "    and ((h.field = 'STANDARD_STATUS' and h.new_status in ('Active', 'Coming Soon')"
            + "          and (h.old_status is null or h.old_status not in " + FOR_SALE + "))"
            + "      or (h.field = 'LIST_PRICE' and h.old_price is not null and h.new_price < h.old_price))"
            // the website's search: SiteListings' conditions, over the same view
            + "    and (s.text_query is null or l.search_text like '%' || replace(replace(replace("
            + "         lower(s.text_query), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')"
            + "    and (s.city is null or l.city_key = lower(s.city))"
            + "    and (s.postal_code is null or l.postal_code = s.postal_code)"
            + "    and (s.min_price is null or l.list_price >= s.min_price)"
            + "    and (s.max_price is null or l.list_price <= s.max_price)"
            + "    and (s.min_beds is null or l.bedrooms_total >= s.min_beds)"
            + "    and (s.min_baths is null or l.bathrooms_total_integer >= s.min_baths)"
            + "    and (s.property_type is null or l.property_type = s.property_type)"
            + " on conflict (search_id, history_id) do nothing";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** @return how many new matches were found */
    public int findNew() {
        // one look at a time across the nodes: the second waits, then reads from where the first began
        Object since = em.createNativeQuery("select checked_at - make_interval(mins => ?1) from listing_alert_cursor"
                + " where id = 1 for update").setParameter(1, SETTLE_MINUTES).getSingleResult();
        int found = em.createNativeQuery(MATCH).setParameter(1, since).executeUpdate();
        // the transaction's start: every row stamped before it and committed since is within the next overlap
        em.createNativeQuery("update listing_alert_cursor set checked_at = now() where id = 1").executeUpdate();
        return found;
    }
}
