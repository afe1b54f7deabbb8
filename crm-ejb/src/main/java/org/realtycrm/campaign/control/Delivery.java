package org.realtycrm.campaign.control;

import java.util.Objects;

/**
 * A provider's answer to one message: kept (the outbox sends nothing), sent with the provider's message id, or
 * failed with its error, either for good (the provider refused it: a bad address, an unverified sender) or for now
 * ({@link #retryable()}: the provider was busy or could not be reached; a later attempt may succeed).
 */
public record Delivery(Outcome outcome, String messageId, String error, boolean retryable) {

    public enum Outcome { KEPT, SENT, FAILED }

    public Delivery {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.FAILED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed delivery has an error");
        }
        if (retryable && outcome != Outcome.FAILED) {
            throw new IllegalArgumentException("only a failure is retried");
        }
    }

    public static Delivery kept() {
        return new Delivery(Outcome.KEPT, null, null, false);
    }

    /** @param messageId the provider's id of the message (SendGrid's X-Message-Id); null if it named none */
    public static Delivery sent(String messageId) {
        return new Delivery(Outcome.SENT, messageId, null, false);
    }

    /** Refused for good: sending it again would be refused again. */
    public static Delivery refused(String error) {
        return new Delivery(Outcome.FAILED, null, error, false);
    }

    /** Not sent now (rate limited, provider down, network): worth attempting again later. */
    public static Delivery failedForNow(String error) {
        return new Delivery(Outcome.FAILED, null, error, true);
    }
}
