package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.SkipTraceResult;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Collects the phones and emails one source gives for one owner, the way every skip-trace path stores them: phones in
 * E.164 when they are valid North American numbers (anything else is dropped: a vendor's junk must not reach a
 * dialler), each number once with its reports merged; emails trimmed and lower-cased when they look like addresses
 * ({@link EmailAddress}), each once. Order is the source's.
 */
final class TracedContacts {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int NANP_COUNTRY_CODE = 1;
    private static final Pattern NANP_E164 = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");

    private final Map<String, TracedPhone> phones = new LinkedHashMap<>();
    private final LinkedHashSet<String> emails = new LinkedHashSet<>();

    void phone(String raw, LineType lineType, boolean dnc, boolean litigator) {
        e164(raw).ifPresent(number -> phones.merge(number, new TracedPhone(number, lineType, dnc, litigator),
                TracedPhone::mergedWith));
    }

    void email(String raw) {
        try {
            String email = EmailAddress.normalize("email", raw);
            if (email != null) {
                emails.add(email);
            }
        } catch (InvalidInputException e) {
            // not an address: dropped, as an invalid phone is
        }
    }

    void addAll(TracedContacts other) {
        other.phones.values().forEach(phone -> phones.merge(phone.number(), phone, TracedPhone::mergedWith));
        emails.addAll(other.emails);
    }

    SkipTraceResult result(String requestId) {
        return SkipTraceResult.of(requestId, new ArrayList<>(phones.values()), new ArrayList<>(emails));
    }

    /** A valid North American number ("(512) 555-0100", "1-512-555-0100", "+15125550100") in E.164; else empty. */
    static Optional<String> e164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber parsed = PHONES.parse(raw.strip(), "US");
            if (parsed.getCountryCode() != NANP_COUNTRY_CODE || !PHONES.isValidNumber(parsed)) {
                return Optional.empty();
            }
            String e164 = PHONES.format(parsed, PhoneNumberFormat.E164);
            // what TracedPhone takes; libphonenumber's valid NANP numbers are all of this shape
            return NANP_E164.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
