package org.realtycrm.portal.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.SavedSearch;
import org.realtycrm.portal.entity.SearchCriteria;

/**
 * The alerts' bookkeeping, each step committed at once: which searches have matches to tell, claiming a search's
 * matches under one message key, and marking them told. A claim leases the search for {@link #LEASE_MINUTES}
 * minutes, through the sending: another node (the digests' timer fires on each) passes it by. A claim left by a
 * crash is taken up again under the same key once its lease has run out, so the outbox does not send its message
 * twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AlertLedger {

    static final int LEASE_MINUTES = 5;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    ActivityRecorder activities;

    /** Searches alerted by {@code frequency} whose matches were not told yet, oldest match first. */
    @SuppressWarnings("unchecked")
    public List<Long> searchesToTell(AlertFrequency frequency) {
        List<Number> ids = em.createNativeQuery("select m.search_id from saved_search_matches m"
                        + " join saved_searches s on s.id = m.search_id"
                        + " where m.settled_at is null and s.frequency = ?1"
                        + " group by m.search_id order by min(m.id)")
                .setParameter(1, frequency.name())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Claims the search's untold matches under one key (or takes up the claim a crash left).
     *
     * @return empty when another node holds the search, its alerts were turned off, or nothing is left to tell
     */
    @SuppressWarnings("unchecked")
    public Optional<AlertBatch> claim(long searchId) {
        List<Object[]> search = em.createNativeQuery("select s.name, s.frequency, s.unsubscribe_token, u.id, u.email,"
                        + " u.name, a.lead_id, agent.name, agent.email from saved_searches s"
                        + " join users u on u.id = s.user_id"
                        + " join client_accounts a on a.user_id = u.id"
                        + " join leads lead on lead.id = a.lead_id"
                        + " left join users agent on agent.id = lead.assigned_agent_id and agent.active"
                        + " where s.id = ?1 and s.frequency <> 'OFF' and u.active"
                        + " and (s.alert_lease_until is null or s.alert_lease_until < now())"
                        + " for update of s skip locked")
                .setParameter(1, searchId)
                .getResultList();
        if (search.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("update saved_searches set alert_lease_until = now() + make_interval(mins => ?1)"
                + " where id = ?2").setParameter(1, LEASE_MINUTES).setParameter(2, searchId).executeUpdate();
        Object[] row = search.get(0);
        List<String> held = em.createNativeQuery("select distinct alert_key from saved_search_matches"
                        + " where search_id = ?1 and settled_at is null and alert_key is not null")
                .setParameter(1, searchId)
                .getResultList();
        String key;
        boolean takenUp = !held.isEmpty();
        if (takenUp) {
            key = held.get(0);
        } else {
            Number last = (Number) em.createNativeQuery("select max(id) from saved_search_matches"
                    + " where search_id = ?1 and settled_at is null").setParameter(1, searchId).getSingleResult();
            if (last == null) {
                release(searchId);
                return Optional.empty();
            }
            key = "listing-alert:" + searchId + ":" + last.longValue();
            em.createNativeQuery("update saved_search_matches set alert_key = ?1 where search_id = ?2"
                            + " and settled_at is null and alert_key is null and id <= ?3")
                    .setParameter(1, key).setParameter(2, searchId).setParameter(3, last.longValue())
                    .executeUpdate();
        }
        SearchCriteria criteria = em.find(SavedSearch.class, searchId).getCriteria();
        AlertBatch.Agent agent = row[7] == null ? null : new AlertBatch.Agent((String) row[7], (String) row[8]);
        return Optional.of(new AlertBatch(searchId, key, takenUp, (String) row[0], criteria,
                AlertFrequency.valueOf((String) row[1]), (String) row[2], ((Number) row[3]).longValue(),
                (String) row[4], (String) row[5], ((Number) row[6]).longValue(), agent, listings(searchId, key)));
    }

    /** The claimed listings that the public may still see, newest match first, each once. */
    @SuppressWarnings("unchecked")
    private List<AlertBatch.Listing> listings(long searchId, String key) {
        List<Object[]> rows = em.createNativeQuery("select l.id, m.kind, m.old_price, l.list_price, l.street, l.city,"
                        + " l.state_or_province, l.postal_code, l.bedrooms_total, l.bathrooms_total_integer,"
                        + " l.living_area, l.standard_status"
                        + " from saved_search_matches m join site_listings l on l.id = m.property_id"
                        + " where m.search_id = ?1 and m.alert_key = ?2 and m.settled_at is null"
                        // still for sale: a home under contract since is not news for a buyer
                        + " and l.standard_status in " + AlertMatcher.FOR_SALE
                        + " order by m.id desc")
                .setParameter(1, searchId).setParameter(2, key)
                .getResultList();
        Map<Long, AlertBatch.Listing> byListing = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            boolean isNew = "NEW_LISTING".equals(row[1]);
            AlertBatch.Listing earlier = byListing.get(id);
            // a listing both new and dropped in one alert is told as new, at its current price
            BigDecimal previous = isNew || earlier != null && earlier.isNew() ? null : (BigDecimal) row[2];
            if (earlier != null && earlier.previousPrice() != null && previous != null) {
                previous = earlier.previousPrice().max(previous); // the drop since the highest price told
            }
            byListing.put(id, new AlertBatch.Listing(id, isNew || earlier != null && earlier.isNew(), previous,
                    (BigDecimal) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                    row[8] == null ? null : ((Number) row[8]).intValue(),
                    row[9] == null ? null : ((Number) row[9]).intValue(), (BigDecimal) row[10], (String) row[11]));
        }
        return new ArrayList<>(byListing.values());
    }

    /** The search is free for the next claim (its matches stay claimed, to be taken up under the same key). */
    public void release(long searchId) {
        em.createNativeQuery("update saved_searches set alert_lease_until = null where id = ?1")
                .setParameter(1, searchId).executeUpdate();
    }

    /**
     * The batch's matches are done with: told by the outbox message {@code mailId} when {@code told}; else refused
     * for good by the provider ({@code mailId} the refused message) or not to be told (no listing public any more,
     * a message that could not be made: {@code mailId} null). Only a told batch is on the client's lead's timeline.
     */
    public void settle(AlertBatch batch, Long mailId, boolean told) {
        int settled = em.createNativeQuery("update saved_search_matches set settled_at = now(), mail_id = ?1"
                        + " where search_id = ?2 and alert_key = ?3 and settled_at is null")
                .setParameter(1, mailId).setParameter(2, batch.searchId()).setParameter(3, batch.key())
                .executeUpdate();
        release(batch.searchId());
        if (settled == 0 || !told) {
            return;
        }
        em.createNativeQuery("update saved_searches set last_sent_at = now() where id = ?1")
                .setParameter(1, batch.searchId()).executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("search", batch.searchName());
        details.put("listings", batch.listings().stream().map(listing -> String.valueOf(listing.id()))
                .collect(Collectors.joining(", ")));
        details.put("outboxMail", mailId);
        activities.record(null, SubjectType.LEAD, batch.leadId(), ActivityAction.LISTING_ALERT_SENT,
                (batch.frequency() == AlertFrequency.DAILY ? "Daily digest" : "Alert") + " for \"" + batch.searchName()
                        + "\": " + batch.listings().size() + (batch.listings().size() == 1 ? " home" : " homes"),
                FieldChanges.created(details));
    }
}
