package org.realtycrm.campaign.entity;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The compliance gate's answer for one recipient (a number in E.164, or an email address) at one moment: allowed when
 * nothing objects.
 */
public record GateVerdict(String recipient, Channel channel, Instant at, List<Refusal> refusals) {

    private static final JsonProvider JSON = JsonProvider.provider();

    public GateVerdict {
        refusals = List.copyOf(refusals);
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /**
     * When the message may go if it is held: the latest of the refusals' moments, when every refusal passes with
     * time; empty when one of them never passes (a Do-Not-Call list) or nothing objects.
     */
    public Optional<Instant> holdUntil() {
        if (allowed() || !refusals.stream().allMatch(Refusal::passesWithTime)) {
            return Optional.empty();
        }
        return refusals.stream().map(Refusal::retryAt).max(Comparator.naturalOrder());
    }

    /** The reasons in a few words, for a timeline ("QUIET_HOURS, INTERNAL_DNC"). */
    public String reasonsInWords() {
        return String.join(", ", refusals.stream().map(refusal -> refusal.reason().name()).toList());
    }

    /** The refusals as a refused text's record keeps them: [{"reason", "detail", "retryAt"?}]. */
    public String refusalsJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Refusal refusal : refusals) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("reason", refusal.reason().name())
                    .add("detail", refusal.detail());
            if (refusal.retryAt() != null) {
                entry.add("retryAt", refusal.retryAt().toString());
            }
            if (refusal.zone() != null) {
                entry.add("zone", refusal.zone().getId());
            }
            array.add(entry);
        }
        return array.build().toString();
    }

    /** The refusals as {@link #refusalsJson()} wrote them (a refused text's record); none for null. */
    public static List<Refusal> refusalsFrom(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(refusal -> new Refusal(RefusalReason.valueOf(refusal.getString("reason")),
                            refusal.getString("detail", ""),
                            refusal.containsKey("retryAt") ? Instant.parse(refusal.getString("retryAt")) : null,
                            refusal.containsKey("zone") ? ZoneId.of(refusal.getString("zone")) : null))
                    .toList();
        }
    }
}
