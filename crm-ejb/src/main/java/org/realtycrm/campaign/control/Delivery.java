package org.realtycrm.campaign.control;

import java.util.Objects;

/**
 * A provider's answer to one message: kept (the outbox sends nothing), sent with the provider's message id, or
 * failed with its error, either for good (the provider refused it: a bad address, an unverified sender) or for now
 * ({@link #retryable()}: the provider was busy or could not be reached; a later attempt may succeed).
 *
 * <p>A refusal may carry the provider's own code for it ({@link #providerCode()}, e.g. Twilio's {@code 21610}), for
 * the refusals the caller must act on rather than just record: a recipient who replied STOP
 * ({@link #recipientOptedOut()}) is not texted again, whatever the outbox holds for them.
 */
public record Delivery(Outcome outcome, String messageId, String error, boolean retryable, String providerCode) {

    public enum Outcome { KEPT, SENT, FAILED }

    /**
     * Twilio's error 21610, "Attempt to send to unsubscribed recipient": the number replied STOP (or the like) to
     * the sender, and the carriers will not deliver to it until it replies START. Sending again is pointless, and
     * the product must record the opt-out.
     */
    public static final String TWILIO_UNSUBSCRIBED = "21610";
    /** The words of {@link #answerLost}, by which a failure is known to be one. */
    private static final String ANSWER_LOST = "'s answer was lost; the ";

    public Delivery {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.FAILED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed delivery has an error");
        }
        if (retryable && outcome != Outcome.FAILED) {
            throw new IllegalArgumentException("only a failure is retried");
        }
        if (providerCode != null && outcome != Outcome.FAILED) {
            throw new IllegalArgumentException("only a failure has a provider's error code");
        }
    }

    public static Delivery kept() {
        return new Delivery(Outcome.KEPT, null, null, false, null);
    }

    /**
     * @param messageId the provider's id of the message (SendGrid's X-Message-Id, Twilio's message SID); null if it
     *        named none
     */
    public static Delivery sent(String messageId) {
        return new Delivery(Outcome.SENT, messageId, null, false, null);
    }

    /** Refused for good: sending it again would be refused again. */
    public static Delivery refused(String error) {
        return refused(error, null);
    }

    /**
     * Refused for good, with the provider's code for the refusal.
     *
     * @param providerCode the provider's error code (Twilio's {@code 21610}, say); null if it gave none
     */
    public static Delivery refused(String error, String providerCode) {
        return new Delivery(Outcome.FAILED, null, error, false, providerCode);
    }

    /**
     * Refused because the provider's answer was lost after the request left (a read timed out, the answer was cut):
     * the message may have gone, and neither Twilio nor SendGrid takes an idempotency key, so it is not sent again.
     */
    public static Delivery answerLost(String provider, String what, String detail) {
        return refused(provider + ANSWER_LOST + what + " may have gone out: " + detail);
    }

    /** Whether a failure's error says the provider's answer was lost (see {@link #answerLost}): it may have gone. */
    public static boolean mayHaveGone(String error) {
        return error != null && error.contains(ANSWER_LOST);
    }

    /** Not sent now (rate limited, provider down, network): worth attempting again later. */
    public static Delivery failedForNow(String error) {
        return new Delivery(Outcome.FAILED, null, error, true, null);
    }

    /**
     * Whether the provider refused because the recipient has opted out of texts from this sender (Twilio's
     * {@value #TWILIO_UNSUBSCRIBED}: they replied STOP), not because of the message.
     */
    public boolean recipientOptedOut() {
        return outcome == Outcome.FAILED && TWILIO_UNSUBSCRIBED.equals(providerCode);
    }
}
