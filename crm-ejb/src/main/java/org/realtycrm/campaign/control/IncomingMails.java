package org.realtycrm.campaign.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.InboundMail;
import org.realtycrm.campaign.entity.InboundMailKind;
import org.realtycrm.campaign.entity.MailSender;
import org.realtycrm.campaign.entity.ReceivedHeaders;
import org.realtycrm.campaign.entity.UnsubscribeWords;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.control.NewLeads;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.notification.control.LeadAssignedNotices;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Takes in an email someone sent to our reply address, once (by its Message-ID, else by what it says). Mail a machine
 * sent (an out-of-office note, a bounce), spam and mail from our own addresses are kept and nothing more; mail whose
 * From address's domain does not vouch for it goes on its lead's timeline as unverified, and nothing more: none of them
 * is anyone replying. An email that only asks to unsubscribe puts the address on the email opt-outs and takes its lead
 * out of every campaign. Any other email is a message: it goes on its lead's timeline, takes the lead out of the
 * campaigns that stop on a reply and tells the lead's agent; an address no lead has becomes a new lead, routed like
 * every other.
 */
@ApplicationScoped
public class IncomingMails {

    /** Where a lead made by an email says it came from. */
    public static final String LEAD_SOURCE = "Email";
    private static final int SUMMARY_SUBJECT = 120;

    private static final Logger LOG = Logger.getLogger(IncomingMails.class.getName());

    @PersistenceContext(unitName = "crm")
    EntityManager em;

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
    EmailOptOuts optOuts;

    @Inject
    Enrollments enrollments;

    @Inject
    @ConfigProperty(name = MailSettings.FROM)
    Optional<String> ourSender;

    @Inject
    @ConfigProperty(name = MailSettings.REPLY_TO)
    Optional<String> ourReplyAddress;

    @Inject
    @ConfigProperty(name = MailSettings.INBOUND_SPAM_SCORE_LIMIT, defaultValue = "5.0")
    double spamScoreLimit;

    Clock clock = Clock.systemUTC();

    /**
     * @return the email as recorded; empty when it was taken in before (SendGrid delivering it again)
     * @throws InvalidInputException when it names no sender's address
     */
    public Optional<InboundMail> take(InboundParseForm form) {
        MailSender sender = MailSender.of(form.from()).or(() -> form.envelopeFrom().flatMap(MailSender::of))
                .orElseThrow(() -> new InvalidInputException("from", "must name the sender's address"));
        ReceivedHeaders headers = ReceivedHeaders.of(form.headers());
        String words = form.words();
        String key = InboundMail.keyOf(headers.messageId(), form.from(), form.to(), form.subject(), words);
        // the same email delivered twice at once: the second waits here, then finds the first
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, "inbound mail " + key).getSingleResult();
        if (alreadyTaken(key)) {
            LOG.fine(() -> "an email taken in before came again: nothing done");
            return Optional.empty();
        }
        InboundMailKind kind = kindOf(form, headers, sender, words);
        Optional<Lead> lead = switch (kind) {
            case MESSAGE -> Optional.of(leadFor(sender));
            case OPT_OUT, UNVERIFIED -> leads.findLiveByEmail(sender.address(), null);
            default -> Optional.empty();
        };
        InboundMail received = new InboundMail(key, sender.address(),
                form.recipient().flatMap(MailSender::of).map(MailSender::address).orElse(null), form.subject(),
                words, kind, form.spamScore(), lead.map(Lead::getId).orElse(null), clock.instant());
        em.persist(received);
        em.flush();
        switch (kind) {
            case MESSAGE -> messaged(received, lead.orElseThrow());
            case OPT_OUT -> optedOut(received, lead);
            case UNVERIFIED -> lead.ifPresentOrElse(l -> unverified(received, l),
                    () -> LOG.info(() -> "inbound mail " + received.getId() + " kept only: UNVERIFIED, no lead"));
            default -> LOG.info(() -> "inbound mail " + received.getId() + " kept only: " + kind);
        }
        return Optional.of(received);
    }

    /**
     * What the email is: ours first (a loop), then a machine's (whatever it says), then an opt-out (honoured even
     * when it scores as spam or nobody vouches for its sender: an opt-out taken wrongly costs little, one ignored
     * breaks the law), then spam, then one whose From address's domain does not vouch for it (anyone could have
     * written it: it may not end campaigns or make leads).
     */
    InboundMailKind kindOf(InboundParseForm form, ReceivedHeaders headers, MailSender sender, String words) {
        if (isOurs(sender.address())) {
            return InboundMailKind.OWN;
        }
        if (headers.fromAMachine() || sender.isMailSystem() || form.nullReversePath()) {
            return InboundMailKind.AUTOMATIC;
        }
        if (UnsubscribeWords.asked(form.subject(), words)) {
            return InboundMailKind.OPT_OUT;
        }
        if (form.spamScore() != null && form.spamScore() > spamScoreLimit) {
            return InboundMailKind.SPAM;
        }
        // a field given twice: an email's words carried the form's boundary, and its verdicts may be the sender's
        if (form.tampered() || !form.sender().vouchedFor(sender.address(), form.envelopeFrom().orElse(null))) {
            return InboundMailKind.UNVERIFIED;
        }
        return InboundMailKind.MESSAGE;
    }

    private boolean isOurs(String address) {
        return Stream.of(ourSender, ourReplyAddress).flatMap(Optional::stream).map(String::strip)
                .anyMatch(address::equalsIgnoreCase);
    }

    private boolean alreadyTaken(String key) {
        return !em.createQuery("select m.id from InboundMail m where m.messageKey = :key", Long.class)
                .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
    }

    private void optedOut(InboundMail received, Optional<Lead> lead) {
        boolean first = optOuts.add(received.getFromAddress(), "asked by email to unsubscribe (inbound mail "
                + received.getId() + ")");
        lead.ifPresent(l -> {
            if (first) {
                activities.record(null, SubjectType.LEAD, l.getId(), ActivityAction.EMAIL_OPTED_OUT,
                        "No marketing email any more: asked by email to unsubscribe", Map.of());
            }
            // every campaign's later emails would be refused now: the lead leaves them, and their timeline says so
            enrollments.exitEverywhere(l.getId(), "asked by email to unsubscribe", false);
        });
    }

    private void messaged(InboundMail received, Lead lead) {
        onTimelineAndBell(received, lead, "Email received");
        // a reply is a conversation now: the campaigns that stop on one stop (the ticker checks again at each step)
        enrollments.exitEverywhere(lead.getId(), "the lead replied by email", true);
    }

    /**
     * Perhaps the lead's, perhaps anyone's: the agent sees it, said to be unverified, and decides; the campaigns go
     * on, since a stranger's word may not stop them.
     */
    private void unverified(InboundMail received, Lead lead) {
        onTimelineAndBell(received, lead, "Email received from an unverified sender");
    }

    private void onTimelineAndBell(InboundMail received, Lead lead, String what) {
        // the words are sealed in the audit trail ("message"), as a text's are; the subject says what it is about
        Activity entry = activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.EMAIL_RECEIVED,
                what + subjectWords(received.getSubject()), FieldChanges.created(Map.of(
                        "inboundMailId", received.getId(), "message", received.getBody())));
        User agent = lead.getAssignedAgent();
        if (agent != null) {
            notices.announceEmail(lead, agent.getId(), entry.getId());
        }
    }

    /** ": the subject" on one line, cut; nothing for none. */
    private static String subjectWords(String subject) {
        String line = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() <= SUMMARY_SUBJECT ? line : line.substring(0, SUMMARY_SUBJECT - 3) + "...");
    }

    /** The lead this address belongs to, or a new one for it, routed as every lead. */
    private Lead leadFor(MailSender sender) {
        Lead candidate = drafts.newLead(new LeadDraft(sender.firstName(), sender.lastName(), sender.address(),
                List.of(), LEAD_SOURCE, null, null, null, null, null, null), null);
        return newLeads.knownOrStoredInbound(candidate, () -> leads.findLiveByEmail(sender.address(), null),
                "Created from an email by an address no lead had", "an email");
    }
}
