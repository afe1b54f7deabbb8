package org.realtycrm.campaign.boundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.Conversations;
import org.realtycrm.campaign.entity.ConversationText;
import org.realtycrm.campaign.control.TextOutbox;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.OutboxText;
import org.realtycrm.campaign.entity.OutgoingText;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.campaign.entity.TextStatus;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * An agent's texts with a lead: the conversation, and a text sent from it. Agents reach only their own leads (the
 * leads' one access rule); every text passes the compliance gate, and a refused one is recorded and on the lead's
 * timeline with its reasons, as a sent one is.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class LeadTexts {

    /** A caller's own idempotency key: what the outbox key allows after the prefix this adds. */
    private static final Pattern CALLER_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The text's record, and the gate's verdict if this call asked it (empty: the same key was sent before). */
    public record SentText(OutboxText text, Optional<GateVerdict> verdict, boolean isNew) {

        public boolean refused() {
            return text.getStatus() == TextStatus.REFUSED;
        }
    }

    @Inject
    LeadRepository leads;

    @Inject
    CurrentUser caller;

    @Inject
    PhoneNumbers phoneNumbers;

    @Inject
    TextOutbox outbox;

    @Inject
    Conversations conversations;

    @Inject
    ActivityRecorder activities;

    public List<ConversationText> conversation(long leadId) {
        return conversations.of(lead(leadId).getId());
    }

    /**
     * Texts the lead.
     *
     * @param to             one of the lead's numbers; null for their first mobile number (else their first)
     * @param idempotencyKey the caller's key for this text (a retried request with it sends nothing again); null for
     *                       none
     */
    public SentText send(long leadId, String to, String body, String idempotencyKey) {
        Lead lead = lead(leadId);
        String number = numberOf(lead, to);
        // the caller's key is theirs and this lead's: the same key for another lead is another text
        String key = "conversation:" + caller.id() + ":" + lead.getId() + ":" + callerKey(idempotencyKey);
        OutgoingText text = new OutgoingText(number, body, key);
        TextOutbox.Outcome outcome = outbox.send(new TextOutbox.TextRequest(text, TextCategory.CONVERSATION,
                Recipient.ofNumber(number), SendPurpose.CONVERSATION, lead.getId(), caller.id()));
        if (outcome.isNew()) {
            onTimeline(lead, outcome);
        } else if (!outcome.text().outgoing().equals(text)) {
            throw new ConflictException("Idempotency-Key " + idempotencyKey.strip() + " was used for another text to"
                    + " this lead: a key names one text");
        }
        return new SentText(outcome.text(), outcome.verdict(), outcome.isNew());
    }

    private void onTimeline(Lead lead, TextOutbox.Outcome outcome) {
        OutboxText text = outcome.text();
        Map<String, Object> details = Map.of("outboxTextId", text.getId(), "message", text.getBody());
        if (text.getStatus() == TextStatus.REFUSED) {
            activities.record(caller.user(), SubjectType.LEAD, lead.getId(), ActivityAction.TEXT_REFUSED,
                    "Text not sent: " + outcome.verdict().map(GateVerdict::reasonsInWords).orElse("refused"),
                    FieldChanges.created(details));
        } else {
            activities.record(caller.user(), SubjectType.LEAD, lead.getId(), ActivityAction.TEXT_SENT,
                    "Text " + (text.getStatus() == TextStatus.FAILED ? "failed" : "sent") + " to number ending "
                            + text.getToPhone().substring(text.getToPhone().length() - 4),
                    FieldChanges.created(details));
        }
    }

    private Lead lead(long leadId) {
        return leads.find(leadId, caller.leadVisibility())
                .orElseThrow(() -> new RecordNotFoundException("lead", leadId));
    }

    private String numberOf(Lead lead, String to) {
        List<Phone> phones = lead.getPhones();
        if (to == null || to.isBlank()) {
            return lead.numberToText().orElseThrow(() -> new InvalidInputException("to", "the lead has no phone number to text"));
        }
        String number = phoneNumbers.toE164("to", to);
        if (phones.stream().noneMatch(phone -> phone.number().equals(number))) {
            throw new InvalidInputException("to", "is not one of the lead's numbers");
        }
        return number;
    }

    private static String callerKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!CALLER_KEY.matcher(idempotencyKey.strip()).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        return idempotencyKey.strip();
    }
}
