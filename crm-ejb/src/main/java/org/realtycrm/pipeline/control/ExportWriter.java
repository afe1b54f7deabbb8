package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
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
 * Writes a list's kept owners in a platform's format ({@link ExportFormat}), row by row in line order, so a list of
 * any length streams through. For a dialer, every phone is asked of the Do-Not-Call registry first
 * ({@link DoNotCallRegistry#check}, the campaigns' own check) and left out when any list holds it, when the Registry
 * data for its area code is missing or too old, or when the trace flagged it Do-Not-Call or litigator.
 */
@ApplicationScoped
public class ExportWriter {

    private static final String ROWS = """
            select r.line, r.owner_name, r.owner_first_name, r.owner_last_name, r.corporate_owner,
                   r.mailing_street, r.mailing_city, r.mailing_state, r.mailing_zip,
                   p.unparsed_address, p.unit_number, p.city, p.state_or_province, p.postal_code, r.contacts
              from pipeline_rows r join properties p on p.id = r.property_id
             where r.pull_id = ?1 order by r.line""";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DoNotCallRegistry registry;

    /** Writes the file and counts what it holds. */
    public ListExport.Counts write(long pullId, ExportPlatform platform, OutputStream out) {
        ExportFormat format = platform.format();
        FieldCipher cipher = FieldCiphers.current();
        long[] counts = new long[4]; // owners, rows, left out, phones suppressed
        try (CsvExport csv = CsvExport.to(out, format.header().toArray(String[]::new));
                var rows = em.unwrap(Session.class).createNativeQuery(ROWS, Object[].class)
                        .setParameter(1, pullId).setFetchSize(1000).getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                ExportRecord record = record(row, cipher, platform == ExportPlatform.DIALER, counts);
                List<List<String>> lines = format.rows(record);
                counts[0]++;
                counts[1] += lines.size();
                counts[2] += lines.isEmpty() ? 1 : 0;
                for (List<String> line : lines) {
                    csv.row(line.toArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ListExport.Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    private ExportRecord record(Object[] row, FieldCipher cipher, boolean checkCalls, long[] counts) {
        ContactsJson.Contacts contacts = ContactsJson.read(cipher.open((String) row[14]));
        List<TracedPhone> callable = new ArrayList<>();
        if (checkCalls) {
            for (TracedPhone phone : contacts.phones()) {
                if (!phone.dnc() && !phone.litigator() && registry.check(phone.number()).callable()) {
                    callable.add(phone);
                } else {
                    counts[3]++;
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
