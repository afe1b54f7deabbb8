package org.realtycrm.campaign.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One text message to one number, as the product hands it to the {@code TextMessenger}: the recipient in E.164, the
 * body, and the caller's idempotency key (the same key is never sent twice). Made valid or not at all.
 * {@link #toString()} shows neither the number nor the body: they are personal data, and records end up in logs.
 */
public record OutgoingText(String to, String body, String idempotencyKey) {

    /** Twilio joins at most 10 segments of 160 GSM characters: 1,600 characters is its documented limit. */
    public static final int MAX_BODY = 1600;
    public static final int MAX_KEY = 100;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY + "}");

    public OutgoingText {
        List<FieldError> errors = new ArrayList<>();
        if (to == null || !E164.matcher(to).matches()) {
            errors.add(new FieldError("to", "must be a phone number in E.164 (+12025550143)"));
        }
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "must not be empty"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "must be at most " + MAX_BODY + " characters"));
        }
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            errors.add(new FieldError("idempotencyKey", "must be 1 to " + MAX_KEY
                    + " letters, digits, '.', '_', ':' or '-'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    public String toString() {
        return "OutgoingText[key=" + idempotencyKey + ", " + body.length() + " characters]";
    }
}
