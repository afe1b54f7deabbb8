package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.ExportFormat;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ExportRecord;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.pipeline.entity.ListRow;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Writes a list's kept owners in a platform's format ({@link ExportFormat}), row by row, so a list of any length
 * streams through. Rows come owner by owner: an owner of several properties is one person to an audience, an email
 * list or a dialer (written once), and one letter per property to a mail house. For a dialer, every phone is asked
 * of the Do-Not-Call registry first (its one rule, {@link DoNotCallRegistry#checker}) and left out when any list holds
 * it, when the Registry data for its area code is missing or too old, or when the trace flagged it Do-Not-Call or
 * litigator; a number is written once.
 */
@ApplicationScoped
public class ExportWriter {

    private static final String ROWS = """
            select r.line, r.owner_name, r.owner_first_name, r.owner_last_name, r.corporate_owner,
                   r.mailing_street, r.mailing_city, r.mailing_state, r.mailing_zip,
                   p.unparsed_address, p.unit_number, p.city, p.state_or_province, p.postal_code, r.contacts,
                   r.owner_key
              from pipeline_rows r join properties p on p.id = r.property_id
             where r.pull_id = ?1 order by r.owner_key, r.line""";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DoNotCallRegistry registry;

    /** Writes the file and counts what it holds. */
    public ListExport.Counts write(long pullId, ExportPlatform platform, OutputStream out) {
        ExportFormat format = platform.format();
        FieldCipher cipher = FieldCiphers.current();
        boolean perProperty = platform == ExportPlatform.DIRECT_MAIL;
        boolean dialer = platform == ExportPlatform.DIALER;
        Function<String, CallVerdict> calls = dialer ? registry.checker() : null;
        Set<String> dialled = new HashSet<>();
        String lastOwner = null;
        boolean lastOwnerWritten = false;
        long[] counts = new long[4]; // owners, rows, owners left out, phones suppressed
        try (CsvExport csv = CsvExport.to(out, format.header().toArray(String[]::new));
                var rows = em.unwrap(Session.class).createNativeQuery(ROWS, Object[].class)
                        .setParameter(1, pullId).setFetchSize(1000).getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                String owner = (String) row[15];
                boolean sameOwner = owner.equals(lastOwner);
                if (!sameOwner) {
                    if (lastOwner != null && !lastOwnerWritten) {
                        counts[2]++;
                    }
                    counts[0]++;
                    lastOwner = owner;
                    lastOwnerWritten = false;
                } else if (!perProperty) {
                    continue; // the same person again: an audience, an email list or a dialer has them already
                }
                ExportRecord record = record(row, cipher, calls, dialled, counts);
                List<List<String>> lines = format.rows(record);
                counts[1] += lines.size();
                lastOwnerWritten |= !lines.isEmpty();
                for (List<String> line : lines) {
                    csv.row(line.toArray());
                }
            }
            if (lastOwner != null && !lastOwnerWritten) {
                counts[2]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListExport.Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * A dialer's stored file, with only the rows whose number may be called now (the registry asked again, the
     * company's own list read afresh).
     */
    public void callableOnly(InputStream stored, OutputStream out) throws IOException {
        Function<String, CallVerdict> calls = registry.checker();
        try (CSVParser rows = CSVParser.builder().setReader(new InputStreamReader(stored, StandardCharsets.UTF_8))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
                CsvExport csv = CsvExport.to(out, rows.getHeaderNames().toArray(String[]::new))) {
            for (CSVRecord row : rows) {
                if (calls.apply("+" + row.get(0)).callable()) {
                    csv.row(row.values());
                }
            }
        }
    }

    private static ExportRecord record(Object[] row, FieldCipher cipher, Function<String, CallVerdict> calls,
            Set<String> dialled, long[] counts) {
        ContactsJson.Contacts contacts = ContactsJson.read(cipher.open((String) row[14]));
        List<TracedPhone> callable = new ArrayList<>();
        if (calls != null) {
            for (TracedPhone phone : contacts.phones()) {
                if (phone.dnc() || phone.litigator() || !calls.apply(phone.number()).callable()) {
                    counts[3]++;
                } else if (dialled.add(phone.number())) {
                    callable.add(phone);
                }
            }
        }
        return new ExportRecord(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (Boolean) row[4], place((String) row[5], null, (String) row[6], (String) row[7], (String) row[8]),
                place((String) row[9], (String) row[10], (String) row[11], (String) row[12], (String) row[13]),
                contacts.phones(), contacts.emails(), callable);
    }

    private static ListRow.Place place(String street, String unit, String city, String state, String zip) {
        return new ListRow.Place(street, unit, city, state, zip);
    }
}
