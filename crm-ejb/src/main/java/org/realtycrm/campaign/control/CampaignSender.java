package org.realtycrm.campaign.control;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.CampaignStatus;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.Enrollment;
import org.realtycrm.campaign.entity.EnrollmentStatus;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.MailProvider;
import org.realtycrm.campaign.entity.MailStatus;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.campaign.entity.TextProvider;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Works one queued campaign send (an email or a text): the lead still in the campaign, the campaign running, then
 * the compliance gate and the outbox under the send's key, and the send's fate recorded with the lead's timeline
 * entry. The send's row stays locked while it is worked, so two deliveries of its message (a redelivery, a send
 * queued again as stale) take turns, and the second finds it settled. A crash after the outbox recorded it leaves the
 * send queued; worked again, the outbox answers the record its key has, and nothing goes twice.
 */
@ApplicationScoped
public class CampaignSender {

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * A message the outbox recorded for a sending provider without an answer: the server stopped between the two.
     * Sending it again could send it twice; it is counted as sent, and says so.
     */
    static final String UNCONFIRMED = "unconfirmed: recorded for the provider before a restart, no answer recorded";
    static final String UNCONFIRMED_ANSWER = "unconfirmed: the request reached the provider, its answer was lost: ";
    /** What the opt-out of a channel is called on a timeline, by the gate's reason. */
    private static final Map<RefusalReason, String> OPTED_OUT = Map.of(
            RefusalReason.INTERNAL_DNC, "on the company's Do-Not-Call list (opted out)",
            RefusalReason.EMAIL_OPTED_OUT, "opted out of email");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    TextOutbox texts;

    @Inject
    MailOutbox mails;

    @Inject
    ComplianceGate gate;

    @Inject
    CampaignMessages messages;

    @Inject
    ActivityRecorder activities;

    @Inject
    Enrollments enrollments;

    @Inject
    TextLedger textLedger;

    @Inject
    OutboxLedger mailLedger;

    @Inject
    @ConfigProperty(name = CampaignSettings.MAX_FAILURES, defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = CampaignSettings.BACKOFF_SECONDS, defaultValue = "60")
    long backoffSeconds;

    @Inject
    @ConfigProperty(name = CampaignSettings.PRICE_SMS, defaultValue = "0.0083")
    BigDecimal smsPrice;

    @Inject
    @ConfigProperty(name = CampaignSettings.PRICE_EMAIL, defaultValue = "0.0010")
    BigDecimal emailPrice;

    Clock clock = Clock.systemUTC();

    /** Works the send if it is still queued; false when an earlier delivery of its message settled it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean work(long sendId) {
        CampaignSend send = em.find(CampaignSend.class, sendId, LockModeType.PESSIMISTIC_WRITE);
        if (send == null || !send.isQueued()) {
            return false;
        }
        Campaign campaign = em.find(Campaign.class, send.getCampaignId());
        Enrollment enrollment = em.find(Enrollment.class, send.getEnrollmentId());
        Lead lead = em.find(Lead.class, send.getLeadId());
        CampaignStep step = em.find(CampaignStep.class, send.getStepId());
        // worked before a crash, its message is in the outbox under this try's key: settled from that record (it may
        // have gone), whatever happened to the lead or the campaign since
        boolean recordedBefore = send.getAction() == StepAction.SMS ? textLedger.byKey(send.outboxKey()).isPresent()
                : send.getAction() == StepAction.EMAIL && mailLedger.byKey(send.outboxKey()).isPresent();
        if (recordedBefore) {
            if (send.getAction() == StepAction.SMS) {
                text(send, campaign, step, enrollment, lead);
            } else {
                email(send, campaign, step, enrollment, lead, true);
            }
        } else if (enrollment.getStatus() == EnrollmentStatus.EXITED) {
            send.skipped("the lead left the campaign: " + enrollment.getExitReason());
        } else if (campaign.getStatus() == CampaignStatus.ENDED) {
            send.skipped("the campaign ended before it went");
        } else if (lead.isDeleted()) {
            send.skipped("the lead was deleted");
        } else if (campaign.getStatus() == CampaignStatus.PAUSED) {
            // nothing went out: queued again once the campaign is resumed (the ticker takes only active ones)
            send.held(null, null, clock.instant().plus(Duration.ofMinutes(1)));
            return true;
        } else if (send.getAction() == StepAction.SMS) {
            text(send, campaign, step, enrollment, lead);
        } else if (send.getAction() == StepAction.EMAIL) {
            email(send, campaign, step, enrollment, lead, false);
        } else {
            throw new IllegalStateException("campaign send " + sendId + " is a " + send.getAction()
                    + ", which the ticker settles itself");
        }
        record(send, campaign, step);
        return true;
    }

    private void text(CampaignSend send, Campaign campaign, CampaignStep step, Enrollment enrollment, Lead lead) {
        Optional<String> number = lead.numberToText();
        if (number.isEmpty()) {
            send.skipped("the lead has no phone number to text");
            return;
        }
        OutgoingText text;
        try {
            text = new OutgoingText(number.get(), messages.text(step.getTemplate(), lead), send.outboxKey());
        } catch (InvalidInputException unsendable) {
            unsendable(send, "text", unsendable);
            return;
        }
        TextOutbox.Outcome outcome = texts.send(new TextOutbox.TextRequest(text, TextCategory.CAMPAIGN,
                Recipient.ofNumber(number.get()), SendPurpose.MARKETING, lead.getId(), null));
        OutboxText recorded = outcome.text();
        switch (recorded.getStatus()) {
            case SENT -> send.sent(recorded.getId(), null, smsPrice, clock.instant());
            case RECORDED -> send.sent(recorded.getId(), null, smsPrice, clock.instant(),
                    recorded.getProvider() == TextProvider.OUTBOX ? null : UNCONFIRMED);
            case REFUSED -> refused(send, campaign, enrollment, recorded.getId(),
                    GateVerdict.refusalsFrom(recorded.getRefusal()), number.get(), Channel.SMS);
            case FAILED -> {
                if (Delivery.TWILIO_UNSUBSCRIBED.equals(recorded.getErrorCode())) {
                    // the carrier holds an opt-out (the outbox put it on our list): the lead leaves, as for STOP
                    send.refused(null, recorded.getId(), "the number had replied STOP to our sender (Twilio "
                            + recorded.getErrorCode() + ")");
                    leave(enrollment, campaign, "opted out by text (the carrier's opt-out)");
                } else {
                    failed(send, recorded.getId(), null, recorded.getError(), recorded.isRetryable());
                }
            }
        }
    }

    /** @param recordedBefore the outbox has this try's email: it answers that record, and the gate is not asked */
    private void email(CampaignSend send, Campaign campaign, CampaignStep step, Enrollment enrollment, Lead lead,
            boolean recordedBefore) {
        if (lead.getEmail() == null) {
            send.skipped("the lead has no email address");
            return;
        }
        Optional<String> cannot = messages.whyNoMarketingEmail();
        if (cannot.isPresent() && !recordedBefore) {
            send.failed(null, null, cannot.get()); // a dead letter: replayed once the address is configured
            return;
        }
        GateVerdict verdict = gate.checkEmail(lead.getEmail().toLowerCase(Locale.ROOT));
        if (!verdict.allowed() && !recordedBefore) {
            refused(send, campaign, enrollment, null, verdict.refusals(), lead.getEmail(), Channel.EMAIL);
            return;
        }
        String token = send.unsubscribeToken(CampaignSender::newToken);
        char variant = send.getVariant() == null ? 'A' : send.getVariant().charAt(0);
        OutgoingMail mail;
        try {
            mail = messages.email(step.getTemplate(), variant, lead, send.outboxKey(), token);
        } catch (InvalidInputException unsendable) {
            unsendable(send, "email", unsendable);
            return;
        }
        OutboxMail recorded = mails.send(mail);
        if (recorded.getStatus() == MailStatus.FAILED) {
            failed(send, null, recorded.getId(), recorded.getError(), recorded.isRetryable());
        } else {
            boolean unanswered = recorded.getStatus() == MailStatus.RECORDED
                    && recorded.getProvider() != MailProvider.OUTBOX;
            send.sent(null, recorded.getId(), emailPrice, clock.instant(), unanswered ? UNCONFIRMED : null);
        }
    }

    /**
     * The template's words for this lead make no message the provider takes (a text over 1,600 characters once
     * merged and given its opt-out line, a subject that merged to nothing): a dead letter that says why. Thrown
     * instead, it would roll the send back and fail every delivery of its message for ever, the same way; an admin
     * replays it once the template is changed.
     */
    private static void unsendable(CampaignSend send, String what, InvalidInputException why) {
        send.failed(null, null, "the " + what + " cannot be sent as the template makes it for this lead: "
                + why.errors().stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; ")));
    }

    /** An unsubscribe link's token: 192 random bits, so that nobody finds another's link by guessing. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The gate said no: held until it would say yes when every reason passes with time and the campaign holds, else
     * refused; an opt-out takes the lead out of the campaign, whose later steps would be refused the same way.
     */
    private void refused(CampaignSend send, Campaign campaign, Enrollment enrollment, Long textId,
            List<Refusal> refusals, String to, Channel channel) {
        GateVerdict verdict = new GateVerdict(to, channel, clock.instant(), refusals);
        Optional<Instant> until = verdict.holdUntil();
        if (until.isPresent() && campaign.getWhenRefused() == WhenRefused.HOLD) {
            send.held(verdict.refusalsJson(), textId, until.get());
            return;
        }
        send.refused(verdict.refusalsJson(), textId, "refused by the compliance gate: " + verdict.reasonsInWords()
                + (until.isPresent() ? " (the campaign drops what it would hold)" : ""));
        refusals.stream().map(refusal -> OPTED_OUT.get(refusal.reason())).filter(Objects::nonNull)
                .findFirst().ifPresent(why -> leave(enrollment, campaign, why));
    }

    /** An opt-out: the lead leaves every campaign, whose later messages would be refused the same way. */
    private void leave(Enrollment enrollment, Campaign campaign, String why) {
        enrollments.exitEverywhere(enrollment.getLeadId(), why, false);
    }

    private void failed(CampaignSend send, Long textId, Long mailId, String error, boolean retryable) {
        if (Delivery.mayHaveGone(error)) {
            // the provider's answer was lost after the request left: it may have gone, and a replay could send it
            // twice; counted as sent, unconfirmed, like a message recorded before a restart
            send.sent(textId, mailId, textId != null ? smsPrice : emailPrice, clock.instant(),
                    UNCONFIRMED_ANSWER + error);
            return;
        }
        if (retryable && send.getFailures() + 1 < maxFailures) {
            // 1, 2, 4, 8 … times the first wait: a provider's outage passes without a storm of retries
            Duration wait = Duration.ofSeconds(backoffSeconds).multipliedBy(1L << Math.min(send.getFailures(), 16));
            send.retrying(textId, mailId, error, clock.instant().plus(wait));
        } else {
            send.failed(textId, mailId, error + (retryable ? " (after " + maxFailures + " tries)" : ""));
        }
    }

    private void record(CampaignSend send, Campaign campaign, CampaignStep step) {
        String what = "Campaign " + campaign.getName() + ", step " + step.getPosition() + " ("
                + step.getAction() + "): ";
        String fate = switch (send.getStatus()) {
            case SENT -> "sent";
            case HELD -> "held until " + send.getNextAttemptAt() + " by the compliance gate";
            case RETRYING -> "the provider failed (" + send.getNote() + "); tried again at " + send.getNextAttemptAt();
            default -> send.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (send.getNote() == null ? "" : ": " + send.getNote());
        };
        activities.record(null, SubjectType.LEAD, send.getLeadId(), ActivityAction.CAMPAIGN_SEND, what + fate,
                Map.of());
    }
}
