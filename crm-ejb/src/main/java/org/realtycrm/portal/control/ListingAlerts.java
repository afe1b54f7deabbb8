package org.realtycrm.portal.control;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.campaign.control.ComplianceGate;
import org.realtycrm.campaign.control.MailOutbox;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.MailStatus;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.portal.entity.AlertFrequency;
import org.realtycrm.portal.entity.SavedSearch;

/**
 * The saved searches' alerts: find what changed since the last look ({@link AlertMatcher}), then tell each search's
 * client in one message per search ({@link AlertLedger} claims, {@link AlertMails} writes, the outbox sends once per
 * key). Instant alerts go after every MLS sync, the daily digests at the digest time ({@code AlertSchedule}).
 */
@ApplicationScoped
public class ListingAlerts {

    private static final Logger LOG = Logger.getLogger(ListingAlerts.class.getName());

    @Inject
    AlertMatcher matcher;

    @Inject
    AlertLedger ledger;

    @Inject
    AlertMails mails;

    @Inject
    MailOutbox outbox;

    @Inject
    ComplianceGate gate;

    @Inject
    ClientAccounts accounts;

    @Inject
    ClientActivity activity;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Finds new matches, then sends the alerts of this frequency; answers how many messages went to the outbox. */
    public int run(AlertFrequency frequency) {
        int found = matcher.findNew();
        if (found > 0) {
            LOG.fine(() -> found + " new saved-search matches");
        }
        int told = 0;
        for (long searchId : ledger.searchesToTell(frequency)) {
            try {
                if (tell(searchId)) {
                    told++;
                }
            } catch (RuntimeException e) {
                // one search's trouble (a refused address, say) must not hold back everyone else's alerts
                LOG.log(Level.WARNING, "the alert of saved search " + searchId + " was not sent: " + e, e);
            }
        }
        return told;
    }

    private boolean tell(long searchId) {
        Optional<AlertBatch> claimed = ledger.claim(searchId);
        if (claimed.isEmpty()) {
            return false;
        }
        AlertBatch batch = claimed.get();
        if (batch.listings().isEmpty()) {
            ledger.settle(batch, null, false); // none of them is public and for sale any more: nothing to tell
            return false;
        }
        GateVerdict optedOut = gate.checkEmail(batch.clientEmail());
        if (!optedOut.allowed()) {
            // a spam report or a bounce for good stops every alert too; the search's own unsubscribe is per search
            LOG.info(() -> "the alert " + batch.key() + " is not sent: " + optedOut.reasonsInWords());
            ledger.settle(batch, null, false);
            return false;
        }
        OutgoingMail message;
        try {
            message = mails.compose(batch);
        } catch (InvalidInputException unsendable) {
            // an address mail cannot go to, say: it would fail the same way at every run
            LOG.warning(() -> "the alert " + batch.key() + " cannot be made and is dropped: " + unsendable.getMessage());
            ledger.settle(batch, null, false);
            return false;
        }
        try {
            OutboxMail mail = outbox.send(message);
            if (mail.mayRetry() && batch.takenUp()) {
                mail = outbox.retry(mail.getId()); // an earlier run's message, which the provider could not take then
            }
            if (mail.mayRetry()) {
                ledger.release(searchId);
                LOG.warning(() -> "the alert " + batch.key() + " waits for the mail provider: tried again at the "
                        + (batch.frequency() == AlertFrequency.DAILY ? "next digest" : "next sync"));
                return false;
            }
            boolean told = mail.getStatus() != MailStatus.FAILED;
            if (!told) {
                String error = mail.getError();
                LOG.warning(() -> "the mail provider refused the alert " + batch.key() + " for good: " + error);
            }
            ledger.settle(batch, mail.getId(), told);
            return told;
        } catch (RuntimeException e) {
            ledger.release(searchId); // its claim stays, to be taken up under the same key
            throw e;
        }
    }

    /**
     * The one-click unsubscribe (in the caller's transaction): the search's alerts are off, what it had found and not
     * yet told is dropped, and the client's agent sees it on the timeline.
     *
     * @return the search's name
     */
    public String unsubscribe(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}")) {
            throw new RecordNotFoundException("unsubscribe link", "of an alert");
        }
        SavedSearch search = em.createQuery("select s from SavedSearch s where s.unsubscribeToken = :token",
                        SavedSearch.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("unsubscribe link", "of an alert"));
        if (search.getFrequency() != AlertFrequency.OFF) {
            search.unsubscribe();
            dropUntold(search.getId());
            accounts.of(search.getUserId()).ifPresent(account -> activity.record(null, account,
                    ActivityAction.ALERTS_UNSUBSCRIBED, "Turned off the alerts of \"" + search.getName()
                            + "\" from an alert email", Map.of("search", search.getName())));
        }
        return search.getName();
    }

    /**
     * What a search found and had not told: not sent later, should its alerts be turned on again. A batch being
     * sent at this moment (claimed) is left to its sender.
     */
    public void dropUntold(long searchId) {
        em.createNativeQuery("delete from saved_search_matches where search_id = ?1 and settled_at is null"
                + " and alert_key is null").setParameter(1, searchId).executeUpdate();
    }
}
