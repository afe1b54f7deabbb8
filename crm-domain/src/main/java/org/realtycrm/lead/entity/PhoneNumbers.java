package org.realtycrm.lead.entity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Turns whatever people type ("(415) 555-0123", "415.555.0123 x12", "+44 20 7946 0958") into E.164.
 * Numbers without a country code are read in the configured default region.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException("unknown region: " + defaultRegion);
        }
        this.defaultRegion = defaultRegion;
    }

    /**
     * @param field the input field, named in the error when the number is not valid
     * @return the number in E.164
     */
    public String toE164(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        try {
            PhoneNumber parsed = UTIL.parse(raw.strip(), defaultRegion);
            if (!UTIL.isValidNumber(parsed)) {
                // the input is not repeated: an import keeps its reasons, and a number is contact data
                throw new InvalidInputException(field, "is not a valid phone number");
            }
            return UTIL.format(parsed, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidInputException(field, "is not a phone number");
        }
    }

    /** The digits people search by: E.164 without the plus, and the national number. */
    public static String searchDigits(String e164) {
        try {
            PhoneNumber parsed = UTIL.parse(e164, null);
            return e164.substring(1) + " " + UTIL.getNationalSignificantNumber(parsed);
        } catch (NumberParseException e) {
            return e164.substring(1);
        }
    }
}
