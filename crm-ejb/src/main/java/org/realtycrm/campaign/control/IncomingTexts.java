package org.realtycrm.campaign.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.campaign.entity.TextKeyword;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.control.NewLeads;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.notification.control.LeadAssignedNotices;
import org.realtycrm.pipeline.entity.DoNotCallEntry;
import org.realtycrm.pipeline.entity.SmsOptIn;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Takes in a text someone sent us, once per message SID. A keyword does what it says: STOP puts the number on the
 * company's own Do-Not-Call list at once, START after a STOP takes it off again, HELP is answered; each gets its one
 * reply after the request commits ({@link KeywordReply}). Any other text is a message: it goes on its lead's timeline
 * and tells the lead's agent; a number no lead has becomes a new lead, routed like every other.
 */
@ApplicationScoped
public class IncomingTexts {

    /** Twilio's message SIDs: SM (text) or MM (with media), 32 hex digits. */
    private static final Pattern MESSAGE_SID = Pattern.compile("(SM|MM)[0-9a-fA-F]{32}");
    /** Where a lead made by a text says it came from. */
    public static final String LEAD_SOURCE = "Text message";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    LeadRepository leads;

    @Inject
    LeadDrafts drafts;

    @Inject
    NewLeads newLeads;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    TextOptOuts optOuts;

    @Inject
    Enrollments enrollments;

    @Inject
    SmsReplies replies;

    @Inject
    Event<KeywordReply> replyDue;

    Clock clock = Clock.systemUTC();

    /**
     * @param message Twilio's parameters: MessageSid, From, To, Body
     * @throws ConflictException when this message SID was taken in before (a replayed request)
     */
    public InboundText take(Map<String, String> message) {
        String sid = message.getOrDefault("MessageSid", "");
        if (!MESSAGE_SID.matcher(sid).matches()) {
            throw new InvalidInputException("MessageSid", "must be a Twilio message SID (SM or MM and 32 hex digits)");
        }
        String from = phoneNumbers.toE164("From", message.get("From"));
        String to = phoneNumbers.toE164("To", message.get("To"));
        String body = message.getOrDefault("Body", "");
        // the same message delivered twice at once: the second waits here, then finds the first
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, "inbound text " + sid).getSingleResult();
        if (alreadyTaken(sid)) {
            throw new ConflictException("message " + sid + " was received before: a message is taken in once");
        }
        TextKeyword keyword = TextKeyword.of(body);
        if (keyword == TextKeyword.OPT_IN && !optOuts.optedOut(from)) {
            keyword = TextKeyword.MESSAGE; // "yes" from someone who never opted out answers a question
        }
        Optional<Lead> lead = keyword == TextKeyword.MESSAGE ? Optional.of(leadFor(from))
                : leads.findLiveByPhone(List.of(from), null).map(LeadRepository.PhoneMatch::lead);
        InboundText received = new InboundText(sid, from, to, body, keyword, lead.map(Lead::getId).orElse(null),
                clock.instant());
        em.persist(received);
        em.flush();
        switch (keyword) {
            case OPT_OUT -> optedOut(received, lead);
            case OPT_IN -> optedIn(received, lead);
            case HELP -> {
                lead.ifPresent(l -> onTimeline(l, received, ActivityAction.TEXT_RECEIVED, "Texted HELP"));
                if (replies.confirmKeywords()) {
                    replyDue.fire(new KeywordReply(received, TextCategory.HELP, replies.help()));
                }
            }
            case MESSAGE -> messaged(received, lead.orElseThrow());
        }
        return received;
    }

    private boolean alreadyTaken(String sid) {
        return !em.createQuery("select t.id from InboundText t where t.messageSid = :sid", Long.class)
                .setParameter("sid", sid).getResultList().isEmpty();
    }

    private void optedOut(InboundText received, Optional<Lead> lead) {
        DoNotCallEntry entry = optOuts.optOut(received);
        String summary = "Opted out by text (" + TextKeyword.wordOf(received.getBody()) + "): on the internal "
                + "Do-Not-Call list as entry " + entry.getId();
        // every campaign's later steps would be refused now: the lead leaves them, and their timeline says so
        lead.ifPresent(l -> enrollments.exitEverywhere(l.getId(), "opted out by text", false));
        lead.ifPresentOrElse(l -> onTimeline(l, received, ActivityAction.TEXT_OPTED_OUT, summary),
                () -> activities.record(null, SubjectType.DNC_ENTRY, entry.getId(), ActivityAction.TEXT_OPTED_OUT,
                        summary, Map.of()));
        if (replies.confirmKeywords()) {
            replyDue.fire(new KeywordReply(received, TextCategory.OPT_OUT_CONFIRMATION, replies.optOutConfirmation()));
        }
    }

    private void optedIn(InboundText received, Optional<Lead> lead) {
        SmsOptIn optIn = optOuts.optIn(received);
        em.flush();
        String summary = "Opted back in by text (" + TextKeyword.wordOf(received.getBody()) + "): the opt-outs by "
                + "text before it end (opt-in " + optIn.getId() + ")";
        lead.ifPresentOrElse(l -> onTimeline(l, received, ActivityAction.TEXT_OPTED_IN, summary),
                () -> activities.record(null, SubjectType.DNC_ENTRY, optOuts.lastOptOutByText(received.getFromPhone()),
                        ActivityAction.TEXT_OPTED_IN, summary, Map.of()));
        if (replies.confirmKeywords()) {
            replyDue.fire(new KeywordReply(received, TextCategory.OPT_IN_CONFIRMATION, replies.optInConfirmation()));
        }
    }

    private void messaged(InboundText received, Lead lead) {
        Activity entry = onTimeline(lead, received, ActivityAction.TEXT_RECEIVED, "Text received");
        // a reply is a conversation now: the campaigns that stop on one stop (the ticker checks again at each step)
        enrollments.exitEverywhere(lead.getId(), "the lead replied by text", true);
        User agent = lead.getAssignedAgent();
        if (agent != null) {
            notices.announceText(lead, agent.getId(), entry.getId());
        }
    }

    /** What the text said is sealed in the audit trail ({@code message}), as an inquiry's is, never in a summary. */
    private Activity onTimeline(Lead lead, InboundText received, ActivityAction action, String summary) {
        return activities.record(null, SubjectType.LEAD, lead.getId(), action, summary,
                FieldChanges.created(Map.of("messageSid", received.getMessageSid(), "message", received.getBody())));
    }

    /** The lead this number belongs to, or a new one for it, routed as every lead. */
    private Lead leadFor(String from) {
        Lead candidate = drafts.newLead(new LeadDraft("Unknown", "texter " + from.substring(from.length() - 4), null,
                List.of(new LeadDraft.PhoneInput(from, PhoneType.MOBILE)), LEAD_SOURCE, null, null, null, null, null,
                        null),
                null);
        return newLeads.knownOrStoredInbound(candidate, () -> leads.findLiveByPhone(List.of(from), null)
                .map(LeadRepository.PhoneMatch::lead), "Created from a text by a number no lead had", "a text");
    }
}
