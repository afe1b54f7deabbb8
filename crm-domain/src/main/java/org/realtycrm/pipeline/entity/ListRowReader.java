package org.realtycrm.pipeline.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one record of a purchased list through its {@link MappedHeader} into a {@link ListRow}, or rejects it with a
 * reason. Aggregators' exports pass through spreadsheets, so the reading forgives what spreadsheets do (money with
 * "$" and thousands separators, "45%", "Y"/"Yes"/"1", ZIPs that lost their leading zeros, US or ISO dates) and
 * refuses what cannot be right (a row without an owner or a property, a value that is not a number).
 */
public final class ListRowReader {

    /** The longest text kept of one field (the columns' widths). */
    private static final int MAX_TEXT = 255;

    private static final Pattern MONEY_NOISE = Pattern.compile("[$,\\s%]");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("(\\d{3,5})(?:-?(\\d{4}))?");
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(LLC|L\\.L\\.C|INC|CORP|CORPORATION|COMPANY|CO|LP|LLP|LTD|TRUST|TR|TRUSTEE|BANK|HOLDINGS|PROPERTIES"
                    + "|INVESTMENTS|PARTNERS|ASSOCIATION|ESTATE OF|CHURCH|CITY OF|COUNTY OF)\\b\\.?");
    private static final Set<String> YES = Set.of("y", "yes", "true", "t", "1", "x");
    private static final Set<String> NO = Set.of("n", "no", "false", "f", "0");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("uuuuMMdd"));
    /** "3/5/85": a two-digit year is the latest such year not after today's (a sale is in the past). */
    private static final DateTimeFormatter TWO_DIGIT_YEAR = DateTimeFormatter.ofPattern("M/d/uu");
    /** The longest parcel number kept (the column's width). */
    private static final int MAX_APN = 50;

    private final MappedHeader header;
    private final LocalDate today;

    /** @param today the day dates in the list are checked against (a sale cannot be in the future) */
    public ListRowReader(MappedHeader header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    public ListRow read(long line, List<String> values) {
        String first = text(values, ListField.OWNER_FIRST_NAME);
        String last = text(values, ListField.OWNER_LAST_NAME);
        String whole = text(values, ListField.OWNER_NAME);
        String name = clip(whole != null ? whole : joined(first, last), MAX_TEXT);
        if (name == null) {
            throw new RowRejectedException("no owner name");
        }
        ListRow.Place mailing = mailing(values);
        ListRow.Place property = place(values, ListField.PROPERTY_STREET, ListField.PROPERTY_UNIT,
                ListField.PROPERTY_CITY, ListField.PROPERTY_STATE, ListField.PROPERTY_ZIP);
        String apn = clip(text(values, ListField.APN), MAX_APN);
        apn = apn == null ? null : apn.toUpperCase(Locale.ROOT);
        if (property.key() == null && (apn == null || property.state() == null)) {
            throw new RowRejectedException(property.street() == null && apn == null
                    ? "no property address or APN"
                    : "the property's address needs a ZIP or a city and state (or an APN with the state)");
        }
        BigDecimal latitude = number(values, ListField.LATITUDE);
        BigDecimal longitude = number(values, ListField.LONGITUDE);
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)
                || longitude != null && (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new RowRejectedException("latitude or longitude out of range");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        header.extras().forEach((column, name2) -> {
            if (column < values.size() && !values.get(column).isBlank()) {
                extra.put(name2, values.get(column).strip());
            }
        });
        boolean corporate = COMPANY.matcher(name.toUpperCase(Locale.ROOT)).find();
        return new ListRow(line, new ListRow.Owner(name, corporate ? null : first, corporate ? null : last, corporate,
                mailing), property, text(values, ListField.COUNTY), apn, text(values, ListField.PROPERTY_TYPE),
                whole(values, ListField.BEDROOMS), number(values, ListField.BATHROOMS),
                number(values, ListField.LIVING_AREA), number(values, ListField.LOT_SIZE),
                year(values), number(values, ListField.ESTIMATED_VALUE), number(values, ListField.EQUITY_PERCENT),
                date(values, ListField.LAST_SALE_DATE), number(values, ListField.LAST_SALE_PRICE),
                whole(values, ListField.YEARS_OWNED), flag(values, ListField.OWNER_OCCUPIED),
                flag(values, ListField.VACANT), flag(values, ListField.TAX_DELINQUENT),
                flag(values, ListField.PRE_FORECLOSURE), latitude, longitude, extra);
    }

    /**
     * Where the owner gets mail. A mailing state or ZIP that cannot be right (a foreign address, a typo) leaves the
     * mailing address unknown rather than losing the row: the owner and the property still count.
     */
    private ListRow.Place mailing(List<String> values) {
        try {
            return place(values, ListField.MAILING_STREET, null, ListField.MAILING_CITY, ListField.MAILING_STATE,
                    ListField.MAILING_ZIP);
        } catch (RowRejectedException unusable) {
            return new ListRow.Place(null, null, null, null, null);
        }
    }

    private ListRow.Place place(List<String> values, ListField street, ListField unit, ListField city,
            ListField state, ListField zip) {
        String stateText = text(values, state);
        if (stateText != null) {
            stateText = stateText.toUpperCase(Locale.ROOT);
            if (!STATE.matcher(stateText).matches()) {
                throw new RowRejectedException(state.label() + " \"" + stateText + "\" is not a two-letter state");
            }
        }
        return new ListRow.Place(text(values, street), unit == null ? null : text(values, unit), text(values, city),
                stateText, zip(values, zip));
    }

    private String zip(List<String> values, ListField field) {
        String raw = text(values, field);
        if (raw == null) {
            return null;
        }
        var match = ZIP.matcher(raw);
        if (!match.matches()) {
            throw new RowRejectedException(field.label() + " \"" + raw + "\" is not a ZIP code");
        }
        // a spreadsheet turns 02134 into 2134: the lost zeros are put back
        String five = "0".repeat(5 - match.group(1).length()) + match.group(1);
        return match.group(2) == null ? five : five + "-" + match.group(2);
    }

    private String text(List<String> values, ListField field) {
        int column = header.columnOf(field);
        if (column < 0 || column >= values.size()) {
            return null;
        }
        String value = values.get(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String joined(String first, String last) {
        if (first == null && last == null) {
            return null;
        }
        return first == null ? last : last == null ? first : first + " " + last;
    }

    private BigDecimal number(List<String> values, ListField field) {
        String raw = text(values, field);
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(MONEY_NOISE.matcher(raw).replaceAll(""));
        } catch (NumberFormatException e) {
            throw new RowRejectedException(field.label() + " \"" + raw + "\" is not a number");
        }
    }

    private Integer whole(List<String> values, ListField field) {
        BigDecimal number = number(values, field);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw new RowRejectedException(field.label() + " " + number.toPlainString() + " is out of range");
        }
        return number.intValue();
    }

    private Integer year(List<String> values) {
        Integer year = whole(values, ListField.YEAR_BUILT);
        if (year != null && year == 0) {
            return null; // aggregators print 0 for "unknown"
        }
        if (year != null && (year < 1000 || year > 3000)) {
            throw new RowRejectedException("Year built " + year + " is out of range");
        }
        return year;
    }

    private LocalDate date(List<String> values, ListField field) {
        String raw = text(values, field);
        if (raw == null) {
            return null;
        }
        LocalDate date = parse(raw);
        if (date == null) {
            throw new RowRejectedException(field.label() + " \"" + raw + "\" is not a date (2024-03-31 or 3/31/2024)");
        }
        if (date.isAfter(today)) {
            throw new RowRejectedException(field.label() + " " + date + " is in the future");
        }
        return date;
    }

    private LocalDate parse(String raw) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(raw, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        try {
            LocalDate date = LocalDate.parse(raw, TWO_DIGIT_YEAR);
            return date.isAfter(today) ? date.minusYears(100) : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Boolean flag(List<String> values, ListField field) {
        String raw = text(values, field);
        if (raw == null) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        throw new RowRejectedException(field.label() + " \"" + raw + "\" is not yes or no");
    }
}
