package org.realtycrm.pipeline.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One number a skip trace found for an owner, with the vendor's own flags. {@code dnc} and {@code litigator} say what
 * the source flagged, nothing more: {@code false} means "not flagged by the source", never "may be called" — the
 * company's Do-Not-Call registry decides that when a campaign dials.
 *
 * @param number a North American number in E.164 ({@code +1} and ten digits)
 */
public record TracedPhone(String number, LineType lineType, boolean dnc, boolean litigator) {

    /** +1, an area code and an exchange that do not start with 0 or 1, and the line number. */
    private static final Pattern NANP_E164 = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");

    public TracedPhone {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(lineType, "lineType");
        if (!NANP_E164.matcher(number).matches()) {
            // the number itself is not repeated: it is contact data, and messages end up in logs
            throw new IllegalArgumentException("a traced phone must be a North American number in E.164 (+1 and ten digits)");
        }
    }

    /**
     * The same number reported twice (a vendor's "primary phone" is usually also one of its mobiles): a known line type
     * wins over {@link LineType#UNKNOWN}, the first known one over a later one, and a flag set by either report stays.
     */
    public TracedPhone mergedWith(TracedPhone other) {
        if (!number.equals(other.number)) {
            throw new IllegalArgumentException("only reports of the same number merge");
        }
        LineType type = lineType == LineType.UNKNOWN ? other.lineType : lineType;
        return new TracedPhone(number, type, dnc || other.dnc, litigator || other.litigator);
    }
}
