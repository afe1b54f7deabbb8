package org.realtycrm.campaign.control;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.TextKeyword;
import org.realtycrm.pipeline.control.InternalList;
import org.realtycrm.pipeline.entity.DoNotCallEntry;
import org.realtycrm.pipeline.entity.SmsOptIn;
import org.realtycrm.platform.persistence.NativeTimestamps;

/**
 * Opt-outs and opt-ins by text, on the company's own Do-Not-Call list: a STOP (or Twilio's word that a number had
 * sent one) puts the number there, where the compliance gate finds it for every later text and call; a START after
 * it answers it. Committed with the caller's work: the opt-out holds as soon as the request that brought it ends.
 */
@ApplicationScoped
@Transactional
public class TextOptOuts {

    @Inject
    InternalList internal;

    @Inject
    ActivityRecorder activities;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The sender of {@code received} replied STOP (or another opt-out word). */
    public DoNotCallEntry optOut(InboundText received) {
        // the keyword in a few letters, never the body as sent: an opt-out must not fail on what someone typed
        return internal.add(DoNotCallEntry.textOptOut(received.getFromPhone(), "Replied "
                + TextKeyword.wordOf(received.getBody()) + " to our texts (inbound text " + received.getMessageSid()
                + ")", databaseNow()));
    }

    /**
     * Twilio refused a text because the number opted out with the carrier: unless ours already holds it. Audited on
     * the text's lead when it has one.
     */
    public void carrierOptOut(String e164, String source, Long leadId) {
        if (internal.optedOutByText(e164)) {
            return;
        }
        DoNotCallEntry entry = internal.add(DoNotCallEntry.textOptOut(e164, source, databaseNow()));
        em.flush();
        String summary = "Opted out with the carrier (Twilio 21610): on the internal Do-Not-Call list as entry "
                + entry.getId();
        if (leadId == null) {
            activities.record(null, SubjectType.DNC_ENTRY, entry.getId(), ActivityAction.TEXT_OPTED_OUT, summary,
                    Map.of());
        } else {
            activities.record(null, SubjectType.LEAD, leadId, ActivityAction.TEXT_OPTED_OUT, summary, Map.of());
        }
    }

    /** The sender of {@code received} opted back in (START, UNSTOP, YES): their opt-outs by text end. */
    public SmsOptIn optIn(InboundText received) {
        return internal.add(new SmsOptIn(received.getFromPhone(), received.getId(), databaseNow()));
    }

    /**
     * The database's clock, not this server's: whether an opt-in came after an opt-out is decided by their times
     * (InternalList), and two servers' clocks may disagree by more than the moments between a STOP and a START.
     */
    private Instant databaseNow() {
        return NativeTimestamps.instant(em.createNativeQuery("select clock_timestamp()").getSingleResult());
    }

    /** The id of the number's latest opt-out by text (what an opt-in answers); 0 for none. */
    public long lastOptOutByText(String e164) {
        return internal.latestByText(e164).map(DoNotCallEntry::getId).orElse(0L);
    }

    /** Whether {@code e164} opted out by text and has not opted back in. */
    public boolean optedOut(String e164) {
        return internal.optedOutByText(e164);
    }
}
