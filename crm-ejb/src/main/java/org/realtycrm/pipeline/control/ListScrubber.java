package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.pipeline.entity.SuppressionReason;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

/**
 * Scrubs a list of phone numbers (a CSV file: every column whose header names a phone, or a file of one column)
 * against the registry, in the caller's transaction: every number gets its verdict, every suppressed or unusable
 * one a row in {@code dnc_suppressions} with its reason and list version, and the scrub its counts and the versions
 * of the lists it used. It refuses to start when the National Registry data of an area code the list holds is older
 * than 31 days.
 */
@ApplicationScoped
public class ListScrubber {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One phone of one row. */
    record Candidate(long line, String raw, String e164, String invalid) {
    }

    /** The phones of a list, and how many data rows it had (with or without a phone). */
    record Candidates(List<Candidate> phones, long rows) {
    }

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

    public Scrub scrub(String name, Reader csv, long requestedBy) throws IOException {
        Candidates read = read(csv);
        List<Candidate> candidates = read.phones();
        RegisteredLists lists = registry.refresh();
        SortedSet<Integer> areaCodes = new TreeSet<>();
        for (Candidate candidate : candidates) {
            if (candidate.e164() != null) {
                DoNotCallRegistry.nanpNumber(candidate.e164()).ifPresent(n -> areaCodes.add(
                        AreaCodeBitmaps.areaCodeOf(n)));
            }
        }
        SortedSet<Integer> outdated = lists.outdatedFederal(areaCodes, registry.today());
        if (!outdated.isEmpty()) {
            throw new RuleViolationException("the National Do Not Call Registry data for area code"
                    + (outdated.size() == 1 ? " " : "s ") + outdated.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " is older than " + RegisteredLists.FEDERAL_MAX_AGE_DAYS
                    + " days; load a current download before scrubbing");
        }
        RegisteredLists.Day today = lists.on(registry.today());
        Set<String> internalPhones = internal.phones();
        StringBuilder copy = new StringBuilder();
        Map<SuppressionReason, Long> counts = new EnumMap<>(SuppressionReason.class);
        long callable = 0;
        long suppressed = 0;
        long rejected = 0;
        for (Candidate candidate : candidates) {
            if (candidate.e164() == null) {
                rejected++;
                counts.merge(SuppressionReason.INVALID_NUMBER, 1L, Long::sum);
                appendCopy(copy, candidate.line(), candidate.raw(), SuppressionReason.INVALID_NUMBER,
                        candidate.invalid());
                continue;
            }
            List<SuppressionHit> hits = new ArrayList<>(2);
            if (internalPhones.contains(candidate.e164())) {
                hits.add(new SuppressionHit(SuppressionReason.INTERNAL_DNC, "internal list"));
            }
            DoNotCallRegistry.nanpNumber(candidate.e164()).ifPresent(n -> hits.addAll(today.hits(n)));
            if (hits.isEmpty()) {
                callable++;
                continue;
            }
            suppressed++;
            for (SuppressionHit hit : hits) {
                counts.merge(hit.reason(), 1L, Long::sum);
                appendCopy(copy, candidate.line(), candidate.e164(), hit.reason(), hit.listVersion());
            }
        }
        Map<String, String> versions = new java.util.TreeMap<>(lists.versionsFor(areaCodes));
        versions.put("internal", internalPhones.size() + " numbers at " + Instant.now());
        Scrub scrub = new Scrub(name, requestedBy, read.rows(), callable, suppressed, rejected, JSON.toJson(counts),
                JSON.toJson(versions), Instant.now());
        em.persist(scrub);
        em.flush();
        copyIn(scrub.getId(), copy);
        return scrub;
    }

    /** The phones of every row; a row without any phone has no candidate, but counts as a row. */
    Candidates read(Reader csv) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        long rows = 0;
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
                Set<String> seen = new LinkedHashSet<>();
                for (int column : phoneColumns) {
                    if (column >= record.size() || record.get(column).isBlank()) {
                        continue;
                    }
                    String raw = record.get(column);
                    try {
                        String e164 = phoneNumbers.toE164("phone", raw);
                        if (seen.add(e164)) {
                            candidates.add(new Candidate(line, raw, e164, null));
                        }
                    } catch (InvalidInputException e) {
                        candidates.add(new Candidate(line, raw, null, "column " + (column + 1)
                                + " is not a valid phone number"));
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "is not a readable CSV file: " + e.getCause().getMessage());
        }
        if (candidates.isEmpty()) {
            throw new InvalidInputException("file", "holds no phone numbers");
        }
        return new Candidates(candidates, rows);
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

    private static void appendCopy(StringBuilder copy, long line, String phone, SuppressionReason reason,
            String version) {
        copy.append(line).append('\t').append(tsv(phone, 64)).append('\t').append(reason.name()).append('\t')
                .append(tsv(version, 80)).append('\n');
    }

    private static String tsv(String value, int max) {
        String clean = value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace("\\", "\\\\");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    private void copyIn(long scrubId, StringBuilder rows) {
        if (rows.length() == 0) {
            return;
        }
        try (Connection db = dataSource.getConnection()) {
            db.createStatement().execute("create temporary table if not exists scrub_rows (line bigint, phone"
                    + " varchar(64), reason varchar(24), list_version varchar(80)) on commit drop");
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy scrub_rows from stdin",
                    new StringReader(rows.toString()));
            try (var insert = db.prepareStatement("insert into dnc_suppressions (scrub_id, line, phone, reason,"
                    + " list_version) select distinct ?, line, phone, reason, list_version from scrub_rows"
                    + " on conflict do nothing")) {
                insert.setLong(1, scrubId);
                insert.executeUpdate();
            }
            db.createStatement().execute("truncate scrub_rows");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the scrub's suppressions cannot be stored", e);
        }
    }
}
