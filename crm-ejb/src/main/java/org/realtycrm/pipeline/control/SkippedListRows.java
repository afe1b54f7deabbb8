package org.realtycrm.pipeline.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.SkipTraceResult;

/**
 * The path without a skip-trace vendor: lists bought or exported already skip-traced (PropStream, BatchLeads,
 * DealMachine, a vendor's own CSV such as Tracerfy's) carry the owner's phones and emails in their columns. This reads
 * one row, already parsed into header → value, into the same {@link SkipTraceResult} a vendor's answer gives, with the
 * same rules: phones in E.164 (invalid ones dropped, each number once), emails trimmed and lower-cased (invalid ones
 * dropped, each once), found when anything usable is left.
 *
 * <p>Headers are compared without case, spaces, underscores or hyphens. Recognised, each optionally numbered
 * ({@code Phone 1} … {@code Phone 99}) and prefixed {@code Primary}, {@code Owner} or {@code Contact}:
 * <ul>
 * <li>numbers: {@code Phone}, {@code Phone Number} (line type unknown unless a type column says);
 * {@code Mobile}, {@code Mobile Phone}, {@code Cell}, {@code Cell Phone}, {@code Wireless} (mobile);
 * {@code Landline}, {@code Landline Phone}, {@code Home Phone} (landline); {@code VoIP} (VoIP);</li>
 * <li>per number, the same name followed by {@code Type} / {@code Line Type} / {@code Phone Type} (read by
 * {@link LineType#fromLabel}; it overrides the column's own kind when it names one), {@code DNC} / {@code Do Not Call}
 * / {@code DNC Status}, {@code Litigator} / {@code TCPA}: flags are set by "Y", "Yes", "True", "1", "X" or a value
 * naming the list ("DNC", "Federal", "Litigator"), and cleared by blanks, "N", "No", "Clean", "Not DNC";</li>
 * <li>emails: {@code Email}, {@code Email Address}, {@code Email 1}, {@code Email 1 Address}.</li>
 * </ul>
 * Phones come primary first, then plain, mobile, landline and VoIP columns, each by number; emails primary first, then
 * by number — whatever the row map's order.
 */
public final class SkippedListRows {

    private static final Pattern PHONE_COLUMN = Pattern.compile("(?<prefix>primary|owner|contact)?"
            + "(?<kind>phone|phonenumber|mobile|mobilephone|mobilenumber|cell|cellphone|cellnumber|wireless"
            + "|wirelessphone|landline|landlinephone|landlinenumber|homephone|voip|voipphone)"
            + "(?<index>[0-9]{0,2})"
            + "(?<attribute>type|linetype|phonetype|dnc|donotcall|dncstatus|dncflag|litigator|tcpa|tcpalitigator"
            + "|litigatorstatus)?");
    private static final Pattern EMAIL_COLUMN =
            Pattern.compile("(?<prefix>primary|owner|contact)?email(?:address)?(?<index>[0-9]{0,2})(?:address)?");
    private static final Pattern IGNORED_IN_HEADERS = Pattern.compile("[\\s_\\-\\uFEFF]+");
    private static final Pattern CLEAR_FLAG = Pattern.compile("n|no|f|false|0|none|clean|not ?(on )?(dnc|a litigator)"
            + "|non ?dnc|-");
    private static final Pattern SET_FLAG = Pattern.compile("y|yes|t|true|1|x|.*(dnc|do not call|litigator|tcpa"
            + "|federal|state|blacklist).*");
    /** The line type each kind of number column stands for, by kind (see {@link #kind}), in result order. */
    private static final List<LineType> KIND_LINE_TYPES =
            List.of(LineType.UNKNOWN, LineType.MOBILE, LineType.LANDLINE, LineType.VOIP);

    private SkippedListRows() {
    }

    /** @param row a CSV row as header → value; null values count as blank */
    public static SkipTraceResult fromRow(String requestId, Map<String, String> row) {
        Objects.requireNonNull(row, "row");
        TreeMap<Slot, Columns> phones = new TreeMap<>();
        TreeMap<Slot, String> emails = new TreeMap<>();
        row.forEach((header, value) -> {
            if (header == null || value == null || value.isBlank()) {
                return;
            }
            String plain = plain(header);
            Matcher phone = PHONE_COLUMN.matcher(plain);
            Matcher email = EMAIL_COLUMN.matcher(plain);
            if (phone.matches()) {
                Slot slot = Slot.of(phone.group("prefix"), kind(phone.group("kind")), phone.group("index"));
                phones.computeIfAbsent(slot, key -> new Columns()).put(phone.group("attribute"), value);
            } else if (email.matches()) {
                emails.putIfAbsent(Slot.of(email.group("prefix"), 0, email.group("index")), value);
            }
        });
        TracedContacts contacts = new TracedContacts();
        phones.forEach((slot, columns) -> {
            LineType stated = LineType.fromLabel(columns.type);
            LineType type = stated == LineType.UNKNOWN ? KIND_LINE_TYPES.get(slot.kind) : stated;
            contacts.phone(columns.number, type, flagged(columns.dnc), flagged(columns.litigator));
        });
        emails.values().forEach(contacts::email);
        return contacts.result(requestId);
    }

    /** Whether a file with these headers carries contacts this class reads (a number or an email column). */
    public static boolean holdsContacts(Collection<String> headers) {
        return headers.stream().filter(Objects::nonNull).map(SkippedListRows::plain).anyMatch(header -> {
            Matcher phone = PHONE_COLUMN.matcher(header);
            return (phone.matches() && phone.group("attribute") == null) || EMAIL_COLUMN.matcher(header).matches();
        });
    }

    static boolean flagged(String value) {
        if (value == null) {
            return false;
        }
        String plain = value.strip().toLowerCase(Locale.ROOT);
        return !plain.isEmpty() && !CLEAR_FLAG.matcher(plain).matches() && SET_FLAG.matcher(plain).matches();
    }

    private static String plain(String header) {
        return IGNORED_IN_HEADERS.matcher(header).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static int kind(String columnKind) {
        if (columnKind.startsWith("mobile") || columnKind.startsWith("cell") || columnKind.startsWith("wireless")) {
            return 1;
        }
        if (columnKind.startsWith("landline") || columnKind.equals("homephone")) {
            return 2;
        }
        return columnKind.startsWith("voip") ? 3 : 0;
    }

    /** Where a column's value goes: the primary slot first, then by kind, then by the column's number. */
    private record Slot(boolean primary, int kind, int index) implements Comparable<Slot> {

        private static final Comparator<Slot> ORDER = Comparator.comparing((Slot slot) -> !slot.primary)
                .thenComparingInt(Slot::kind).thenComparingInt(Slot::index);

        static Slot of(String prefix, int kind, String index) {
            return new Slot("primary".equals(prefix), kind, index.isEmpty() ? 0 : Integer.parseInt(index));
        }

        @Override
        public int compareTo(Slot other) {
            return ORDER.compare(this, other);
        }
    }

    /** One number's columns: the number and what the row says about it. */
    private static final class Columns {
        String number;
        String type;
        String dnc;
        String litigator;

        void put(String attribute, String value) {
            if (attribute == null) {
                number = number == null ? value : number;
            } else if (attribute.contains("type")) {
                type = type == null ? value : type;
            } else if (attribute.contains("litigator") || attribute.equals("tcpa")) {
                litigator = litigator == null ? value : litigator;
            } else {
                dnc = dnc == null ? value : dnc;
            }
        }
    }
}
