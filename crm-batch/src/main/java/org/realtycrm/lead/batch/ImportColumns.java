package org.realtycrm.lead.batch;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Which column of an import file fills which lead field, read from its header row, and how a row becomes a
 * {@link LeadDraft}. A file needs a name column and an email or phone column; columns it does not know are
 * ignored. Several phone columns may be given (mobile, home, work); a phone cell may hold several numbers
 * separated by ';' or '|'. An address (street, city, state, zip) is kept in the notes: a lead has no address yet.
 */
public final class ImportColumns implements Serializable {

    /** The source of leads whose file has no source column, or an empty cell. */
    public static final String DEFAULT_SOURCE = "CSV import";

    // compiled once: String.split and replaceAll compile their expression on every call, a million times an import
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("[;|]");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s-]+");

    private final Map<Integer, ImportField> byColumn;

    private ImportColumns(Map<Integer, ImportField> byColumn) {
        this.byColumn = byColumn;
    }

    /** @throws InvalidInputException (field {@code file}) when a required column is missing or a field is given twice */
    public static ImportColumns fromHeader(List<String> header) {
        Map<Integer, ImportField> byColumn = new LinkedHashMap<>();
        Map<ImportField, String> named = new EnumMap<>(ImportField.class);
        List<FieldError> errors = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            int index = column;
            ImportField.forHeader(name).ifPresent(field -> {
                String earlier = named.putIfAbsent(field, name);
                if (earlier != null && !field.isPhone()) {
                    errors.add(new FieldError("file", "columns '" + earlier + "' and '" + name + "' both give the "
                            + field.label()));
                }
                byColumn.put(index, field);
            });
        }
        boolean name = named.containsKey(ImportField.FIRST_NAME) || named.containsKey(ImportField.FULL_NAME);
        boolean contact = named.containsKey(ImportField.EMAIL) || named.keySet().stream().anyMatch(ImportField::isPhone);
        if (!name) {
            errors.add(new FieldError("file", "the header needs a name column (first name, or name)"));
        }
        if (!contact) {
            errors.add(new FieldError("file", "the header needs an email or a phone column"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ImportColumns(byColumn);
    }

    /**
     * @throws InvalidInputException when a value cannot be read (temperature, status, follow-up date); names,
     *                               emails and phones are checked later, by the same rules as the API's
     */
    public LeadDraft draft(CsvRow row) {
        Map<ImportField, String> single = new EnumMap<>(ImportField.class);
        List<LeadDraft.PhoneInput> phones = new ArrayList<>();
        byColumn.forEach((column, field) -> {
            String value = blankToNull(row.value(column));
            if (value == null) {
                return;
            }
            if (field.isPhone()) {
                for (String number : NUMBER_SEPARATOR.split(value)) {
                    if (!number.isBlank()) {
                        phones.add(new LeadDraft.PhoneInput(number.strip(), field.phoneType().orElseThrow()));
                    }
                }
            } else {
                single.put(field, value);
            }
        });
        String first = single.get(ImportField.FIRST_NAME);
        String last = single.get(ImportField.LAST_NAME);
        String full = single.get(ImportField.FULL_NAME);
        if (first == null && full != null) {
            int space = full.indexOf(' ');
            first = space < 0 ? full : full.substring(0, space);
            last = last != null || space < 0 ? last : full.substring(space + 1).strip();
        }
        List<FieldError> errors = new ArrayList<>();
        Temperature temperature = parse(single.get(ImportField.TEMPERATURE), Temperature.class, "temperature", errors);
        LeadStatus status = parse(single.get(ImportField.STATUS), LeadStatus.class, "status", errors);
        Instant followUp = instant(single.get(ImportField.NEXT_FOLLOW_UP), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String source = single.getOrDefault(ImportField.SOURCE, DEFAULT_SOURCE);
        return new LeadDraft(first, last, single.get(ImportField.EMAIL), phones, source, status, temperature, null,
                followUp, notes(single), null);
    }

    private static String notes(Map<ImportField, String> single) {
        StringJoiner address = new StringJoiner(", ");
        for (ImportField part : List.of(ImportField.ADDRESS, ImportField.CITY, ImportField.STATE, ImportField.ZIP)) {
            if (single.containsKey(part)) {
                address.add(single.get(part));
            }
        }
        String notes = single.get(ImportField.NOTES);
        if (address.length() == 0) {
            return notes;
        }
        return (notes == null ? "" : notes + "\n") + "Address: " + address;
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String name = WORD_SEPARATOR.matcher(value.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, "'" + value + "' is not one of " + String.join(", ", allowed)));
            return null;
        }
    }

    /** A date (midnight UTC) or a date and time with an offset, ISO-8601. */
    private static Instant instant(String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("nextFollowUp", "'" + value + "' is not a date (2025-03-31) or a date and "
                    + "time (2025-03-31T09:00:00-05:00)"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
