package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.SuppressionReason;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * Scrubs a list of phone numbers (a CSV file: every column whose header names a phone, or a file of one column)
 * against the registry, in the caller's transaction and in one pass, whatever the list's size: every number gets its
 * verdict, every suppressed or unusable one is streamed (COPY) into a temporary table with its line, reason and list
 * version, and at the end the scrub is stored with its counts and the versions of the lists it used, and its
 * suppressions with it. It refuses the list when the National Registry data of an area code the list holds is older
 * than 31 days, and then stores nothing.
 */
@ApplicationScoped
public class ListScrubber {

    /** The "list version" of a suppression the skip-trace vendor's own flag gave. */
    static final String VENDOR_FLAG = "skip-trace vendor's flag";

    /** Suppressions are sent to the database in pieces of about this many characters. */
    private static final int COPY_CHUNK = 1 << 16;

    @Inject
    DoNotCallRegistry registry;

    @Inject
    InternalList internal;

    @Inject
    PhoneNumbers phoneNumbers;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    /** What one pass found. */
    private static final class Tally {
        final Map<SuppressionReason, Long> reasons = new EnumMap<>(SuppressionReason.class);
        final SortedSet<Integer> areaCodes = new TreeSet<>();
        long rows;
        long phones;
        long callable;
        long suppressed;
        long rejected;
    }

    /** Scrubs an uploaded CSV file of phones (every column whose header names a phone, or one number per line). */
    public Scrub scrub(String name, Reader csv, long requestedBy) throws IOException {
        return scrub(name, sink -> read(csv, sink), requestedBy);
    }

    /**
     * Scrubs the phones {@code feed} hands over; a number the skip-trace vendor flagged is suppressed for that too.
     *
     * @param requestedBy who asked; {@code null} for the pipeline's own run of a list that arrived by itself
     */
    public Scrub scrub(String name, PhoneFeed feed, Long requestedBy) throws IOException {
        RegisteredLists lists = registry.refresh();
        LocalDate today = registry.today();
        RegisteredLists.Day day = lists.on(today);
        Map<String, Long> internalEntries = internal.firstEntries();
        Tally tally = new Tally();
        try (Connection db = dataSource.getConnection()) {
            try (Statement create = db.createStatement()) {
                create.execute("create temporary table if not exists scrub_rows (line bigint, phone varchar(64),"
                        + " reason varchar(24), list_version varchar(80)) on commit drop");
                create.execute("truncate scrub_rows");
            }
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy scrub_rows from stdin");
            try {
                Suppressions out = new Suppressions(copy);
                tally.rows = feed.feed((line, raw, e164, flags) -> judge(line, raw, e164, flags, day, internalEntries,
                        tally, out));
                out.flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            SortedSet<Integer> outdated = lists.outdatedFederal(tally.areaCodes, today);
            if (!outdated.isEmpty()) {
                throw new RuleViolationException("the National Do Not Call Registry data for area code"
                        + (outdated.size() == 1 ? " " : "s ") + outdated.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " is older than " + RegisteredLists.FEDERAL_MAX_AGE_DAYS
                        + " days; load a current download before scrubbing");
            }
            Map<String, String> versions = new TreeMap<>(lists.versionsFor(tally.areaCodes));
            versions.put("internal", internalEntries.size() + " numbers at " + Instant.now());
            Scrub scrub = new Scrub(name, requestedBy, tally.rows, tally.callable, tally.suppressed, tally.rejected,
                    tally.reasons, versions, Instant.now());
            em.persist(scrub);
            em.flush();
            try (PreparedStatement insert = db.prepareStatement("insert into dnc_suppressions (scrub_id, line,"
                    + " phone, reason, list_version) select ?, line, phone, reason, list_version from scrub_rows")) {
                insert.setLong(1, scrub.getId());
                insert.executeUpdate();
            }
            return scrub;
        } catch (SQLException e) {
            throw new IllegalStateException("the scrub's suppressions cannot be stored", e);
        }
    }

    /** One phone of one row: callable, or suppressed for every reason that applies, or unusable. */
    private static void judge(long line, String raw, String e164, VendorFlags flags, RegisteredLists.Day day,
            Map<String, Long> internalEntries, Tally tally, Suppressions out) {
        tally.phones++;
        if (e164 == null) {
            tally.rejected++;
            tally.reasons.merge(SuppressionReason.INVALID_NUMBER, 1L, Long::sum);
            out.add(line, raw, SuppressionReason.INVALID_NUMBER.name(), "not a valid phone number");
            return;
        }
        List<SuppressionHit> hits = new ArrayList<>(2);
        if (flags.dnc()) {
            hits.add(new SuppressionHit(SuppressionReason.VENDOR_DNC, VENDOR_FLAG));
        }
        if (flags.litigator()) {
            hits.add(new SuppressionHit(SuppressionReason.LITIGATOR, VENDOR_FLAG));
        }
        Long entry = internalEntries.get(e164);
        if (entry != null) {
            hits.add(DoNotCallRegistry.internalHit(entry));
        }
        DoNotCallRegistry.nanpNumber(e164).ifPresent(number -> {
            tally.areaCodes.add(AreaCodeBitmaps.areaCodeOf(number));
            hits.addAll(day.hits(number));
        });
        if (hits.isEmpty()) {
            tally.callable++;
            return;
        }
        tally.suppressed++;
        for (SuppressionHit hit : hits) {
            tally.reasons.merge(hit.reason(), 1L, Long::sum);
            out.add(line, e164, hit.reason().name(), hit.listVersion());
        }
    }

    /** What the skip-trace vendor said of a number (a number from a file of phones: nothing). */
    public record VendorFlags(boolean dnc, boolean litigator) {
        public static final VendorFlags NONE = new VendorFlags(false, false);
    }

    /**
     * Receives each phone of the list: its line, what the list held, its E.164 form ({@code null} when unusable) and
     * the vendor's flags.
     */
    public interface PhoneSink {
        void accept(long line, String raw, String e164, VendorFlags flags);
    }

    /** A list's phones, handed to a sink row by row. */
    @FunctionalInterface
    public interface PhoneFeed {
        /** @return how many rows the list has */
        long feed(PhoneSink sink) throws IOException;
    }

    /** Reads every row, counting them, and hands each distinct phone of a row to {@code sink}. */
    long read(Reader csv, PhoneSink sink) throws IOException {
        long rows = 0;
        long phones = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(csv)) {
            List<Integer> phoneColumns = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (phoneColumns == null) {
                    phoneColumns = phoneColumns(record);
                    if (!phoneColumns.isEmpty()) {
                        continue; // the header
                    }
                    if (record.size() != 1) {
                        throw new InvalidInputException("file", "needs a header naming its phone columns (a column"
                                + " whose name holds \"phone\"), or one number per line");
                    }
                    phoneColumns = List.of(0);
                }
                rows++;
                Set<String> seen = new HashSet<>();
                for (int column : phoneColumns) {
                    if (column >= record.size() || record.get(column).isBlank()) {
                        continue;
                    }
                    String raw = record.get(column);
                    String e164;
                    try {
                        e164 = phoneNumbers.toE164("phone", raw);
                    } catch (InvalidInputException notAPhone) {
                        phones++;
                        sink.accept(line, raw, null, VendorFlags.NONE);
                        continue;
                    }
                    if (seen.add(e164)) {
                        phones++;
                        sink.accept(line, raw, e164, VendorFlags.NONE);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("file", "is not a readable CSV file: " + e.getCause().getMessage());
        }
        if (phones == 0) {
            throw new InvalidInputException("file", "holds no phone numbers");
        }
        return rows;
    }

    private static List<Integer> phoneColumns(CSVRecord header) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).contains("phone")) {
                columns.add(i);
            }
        }
        return columns;
    }

    /** The suppressions on their way into COPY's text format, sent in pieces. */
    static final class Suppressions {
        private final CopyIn copy;
        private final StringBuilder pending = new StringBuilder(COPY_CHUNK + 1024);

        Suppressions(CopyIn copy) {
            this.copy = copy;
        }

        void add(long line, String phone, String reason, String version) {
            pending.append(line).append('\t').append(field(phone, 64)).append('\t').append(reason).append('\t')
                    .append(field(version, 80)).append('\n');
            if (pending.length() >= COPY_CHUNK) {
                flush();
            }
        }

        void flush() {
            if (pending.length() == 0) {
                return;
            }
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("the scrub's suppressions cannot be stored", e);
            }
            pending.setLength(0);
        }

        /**
         * A value as one field of COPY's text format, at most {@code max} characters: cut first, then escaped, so that
         * a cut never leaves half an escape; NUL, which PostgreSQL text cannot hold, is dropped.
         */
        static String field(String value, int max) {
            String clean = value.replace(String.valueOf('\0'), "").replace('\t', ' ').replace('\n', ' ')
                    .replace('\r', ' ');
            if (clean.length() > max) {
                clean = clean.substring(0, max);
            }
            return clean.replace("\\", "\\\\");
        }
    }
}
