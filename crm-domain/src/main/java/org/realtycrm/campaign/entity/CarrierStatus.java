package org.realtycrm.campaign.entity;

import java.util.List;
import java.util.Locale;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The stages Twilio reports a message through, in order: queued, sending, sent, then one of delivered, undelivered,
 * failed (or read, after delivered). A report of a stage reached already, or of an earlier one arriving late, changes
 * nothing: the first final word stands.
 */
final class CarrierStatus {

    private static final List<List<String>> STAGES = List.of(List.of("accepted", "scheduled", "queued"),
            List.of("sending"), List.of("sent"), List.of("delivered", "undelivered", "failed", "canceled",
                    "partially_delivered"),
            List.of("read"));

    private CarrierStatus() {
    }

    static String checked(String status) {
        String lower = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (rank(lower) < 0) {
            throw new InvalidInputException("MessageStatus", "is not a message status Twilio reports: " + status);
        }
        return lower;
    }

    /** The stage's place; -1 for none (no report yet, or a word Twilio does not use). */
    static int rank(String status) {
        if (status == null) {
            return -1;
        }
        for (int stage = 0; stage < STAGES.size(); stage++) {
            if (STAGES.get(stage).contains(status)) {
                return stage;
            }
        }
        return -1;
    }
}
