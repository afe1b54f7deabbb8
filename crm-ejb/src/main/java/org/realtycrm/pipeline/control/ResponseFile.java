package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.csv.CsvRow;
import org.realtycrm.platform.csv.CsvRows;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A file of responses to a list's marketing, as a call-tracking line, a mail house or a dialer exports them: a header
 * naming its columns, then one response per row. A row names the owner by the list's line (a "line" column, for a
 * file made from the list's own rows), or by phone or email (every column whose header holds "phone" or "email"); a
 * "note" (or "response", "comment") column says what they said. A row that names nobody is rejected
 * with its line and reason; the others are read whole.
 */
public final class ResponseFile {

    public static final int MAX_ROWS = 100_000;
    public static final int MAX_NOTE = 500;

    private static final Pattern NANP = Pattern.compile("\\+1[2-9][0-9]{2}[2-9][0-9]{6}");

    /** One response: the list line it names, or the phones and emails it names the owner by. */
    public record Response(long line, Long listLine, List<String> phones, List<String> emails, String note) {
    }

    public record Rejected(long line, String reason) {
    }

    private final List<Response> responses = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private ResponseFile() {
    }

    public static ResponseFile read(Reader csv, PhoneNumbers phoneNumbers) throws IOException {
        ResponseFile file = new ResponseFile();
        try (CsvRows rows = CsvRows.of(csv)) {
            CsvRow header = rows.next();
            if (header == null) {
                throw new InvalidInputException("file", "is empty: it needs a header and one response per row");
            }
            Columns columns = Columns.of(header.values());
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                if (row.values().stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                if (file.responses.size() + file.rejected.size() == MAX_ROWS) {
                    throw new InvalidInputException("file", "holds more than " + MAX_ROWS + " responses");
                }
                file.add(row, columns, phoneNumbers);
            }
        }
        return file;
    }

    private void add(CsvRow row, Columns columns, PhoneNumbers phoneNumbers) {
        Long listLine = null;
        if (columns.line >= 0 && !cell(row, columns.line).isBlank()) {
            try {
                listLine = Long.parseLong(cell(row, columns.line).strip());
            } catch (NumberFormatException e) {
                rejected.add(new Rejected(row.line(), "line \"" + cell(row, columns.line) + "\" is not a number"));
                return;
            }
        }
        List<String> phones = new ArrayList<>();
        for (int column : columns.phones) {
            String raw = cell(row, column);
            if (!raw.isBlank()) {
                String e164;
                try {
                    e164 = phoneNumbers.toE164("phone", raw);
                } catch (InvalidInputException e) {
                    rejected.add(new Rejected(row.line(), "\"" + raw + "\" is not a phone number"));
                    return;
                }
                if (!NANP.matcher(e164).matches()) {
                    // lists and their traces hold North American numbers only
                    rejected.add(new Rejected(row.line(), "\"" + raw + "\" is not a North American number"));
                    return;
                }
                phones.add(e164);
            }
        }
        List<String> emails = new ArrayList<>();
        for (int column : columns.emails) {
            String raw = cell(row, column);
            if (!raw.isBlank()) {
                try {
                    emails.add(EmailAddress.normalize("email", raw));
                } catch (InvalidInputException e) {
                    rejected.add(new Rejected(row.line(), "\"" + raw + "\" is not an email address"));
                    return;
                }
            }
        }
        if (listLine == null && phones.isEmpty() && emails.isEmpty()) {
            rejected.add(new Rejected(row.line(), "names no owner: give the list's line, a phone or an email"));
            return;
        }
        String note = columns.note < 0 || cell(row, columns.note).isBlank() ? null : cell(row, columns.note).strip();
        if (note != null && note.length() > MAX_NOTE) {
            note = note.substring(0, MAX_NOTE);
        }
        responses.add(new Response(row.line(), listLine, phones, emails, note));
    }

    /** A cell, blank when a short row lacks it. */
    private static String cell(CsvRow row, int column) {
        String value = row.value(column);
        return value == null ? "" : value;
    }

    public List<Response> responses() {
        return responses;
    }

    public List<Rejected> rejected() {
        return rejected;
    }

    /** Which columns hold what, from the header. */
    private record Columns(int line, List<Integer> phones, List<Integer> emails, int note) {

        static Columns of(List<String> header) {
            int line = -1;
            int note = -1;
            List<Integer> phones = new ArrayList<>();
            List<Integer> emails = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                if (name.contains("phone")) {
                    phones.add(i);
                } else if (name.contains("email")) {
                    emails.add(i);
                } else if (line < 0 && (name.equals("line") || name.equals("listline"))) {
                    line = i;
                } else if (note < 0 && (name.contains("note") || name.contains("response")
                        || name.contains("comment"))) {
                    note = i;
                }
            }
            if (line < 0 && phones.isEmpty() && emails.isEmpty()) {
                throw new InvalidInputException("file", "needs a header naming a \"line\", a phone or an email column");
            }
            return new Columns(line, phones, emails, note);
        }
    }
}
