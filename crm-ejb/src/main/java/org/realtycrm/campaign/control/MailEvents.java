package org.realtycrm.campaign.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.MailEvent;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Takes in what SendGrid's Event Webhook reports, each event once (by its {@code sg_event_id}): it is kept against
 * the outbox message it concerns (SendGrid sends back the {@code outbox_id} every message carries); an unsubscribe, a
 * spam report or a bounce for good puts the address on the email opt-outs at once; and an event of an email to a
 * lead goes on that lead's timeline.
 */
@ApplicationScoped
public class MailEvents {

    /** Events that say nothing to the agent (SendGrid's own steps): kept, not on the timeline. */
    private static final Set<String> QUIET = Set.of("processed", "deferred");

    @Inject
    Enrollments enrollments;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    EmailOptOuts optOuts;

    @Inject
    LeadRepository leads;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    /** @return how many events were new to us (the rest were seen before: a repeated delivery) */
    public int take(JsonArray events) {
        int taken = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("[" + i + "]", "must be an event object");
            }
            if (take(events.getJsonObject(i), i)) {
                taken++;
            }
        }
        return taken;
    }

    private boolean take(JsonObject event, int index) {
        String id = text(event, "sg_event_id").orElseThrow(() -> new InvalidInputException("[" + index
                + "].sg_event_id", "must be given"));
        String kind = text(event, "event").map(word -> word.toLowerCase(Locale.ROOT)).orElseThrow(
                () -> new InvalidInputException("[" + index + "].event", "must be given"));
        if (id.length() > 100) {
            throw new InvalidInputException("[" + index + "].sg_event_id", "must be at most 100 characters");
        }
        if (seen(id)) {
            return false;
        }
        String stored = kind.length() <= 32 ? kind : kind.substring(0, 32); // an event name SendGrid adds later
        Instant at = event.containsKey("timestamp") && event.get("timestamp") instanceof JsonNumber seconds
                ? Instant.ofEpochSecond(seconds.longValue()) : clock.instant();
        Long outboxId = text(event, SendGridMailer.OUTBOX_ID).flatMap(MailEvents::number)
                .filter(outbox -> em.find(OutboxMail.class, outbox) != null).orElse(null);
        String detail = text(event, "url").or(() -> text(event, "reason")).orElse(null);
        em.persist(new MailEvent(id, outboxId, stored, at, detail, clock.instant()));
        Optional<String> email = text(event, "email").map(address -> address.strip().toLowerCase(Locale.ROOT));
        Optional<Lead> lead = email.flatMap(address -> leads.findLiveByEmail(address, null));
        email.flatMap(address -> optOut(address, kind, event, outboxId)).ifPresent(optedOut -> lead.ifPresent(
                l -> {
                    activities.record(null, SubjectType.LEAD, l.getId(), ActivityAction.EMAIL_OPTED_OUT,
                            "No marketing email any more: " + optedOut, Map.of());
                    enrollments.exitEverywhere(l.getId(), "opted out of email: " + optedOut, false);
                }));
        if (!QUIET.contains(kind)) {
            lead.ifPresent(l -> activities.record(null, SubjectType.LEAD, l.getId(), ActivityAction.EMAIL_EVENT,
                    "Email " + kind + (outboxId == null ? "" : " (outbox mail " + outboxId + ")"), Map.of()));
        }
        return true;
    }

    /**
     * An unsubscribe, a spam report and a bounce for good (not a block: the receiving server refused for now) opt the
     * address out; the reason, when this event did so first.
     */
    private Optional<String> optOut(String email, String kind, JsonObject event, Long outboxId) {
        String which = outboxId == null ? "our mail" : "outbox mail " + outboxId;
        String reason = switch (kind) {
            case "unsubscribe", "group_unsubscribe" -> "unsubscribed from " + which;
            case "spamreport" -> "reported " + which + " as spam";
            case "bounce" -> "blocked".equals(text(event, "type").orElse("bounce")) ? null
                    : "bounced for good: " + which;
            default -> null;
        };
        return reason != null && optOuts.add(email, reason + " (SendGrid)") ? Optional.of(reason) : Optional.empty();
    }

    private boolean seen(String id) {
        return !em.createQuery("select e.id from MailEvent e where e.sendGridEventId = :id", Long.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    private static Optional<String> text(JsonObject event, String name) {
        JsonValue value = event.get(name);
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return Optional.of(string.getString().strip());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        return Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
