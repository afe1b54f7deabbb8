package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * The run's "scrub" step: every phone the trace found for a list's owners is scrubbed against the Do-Not-Call
 * registry ({@link ListScrubber}), the vendor's own DNC and litigator flags counting as suppressions too, and the
 * scrub's report becomes the list's. In one transaction: a run stopped in the middle stores nothing and scrubs again
 * on restart; a list scrubbed already is not scrubbed twice. When the registry's data for an area code the list
 * holds is older than 31 days, the step stops with that reason, and the run restarts once a current download is in.
 */
@ApplicationScoped
public class PullScrubs {

    /** Rows are read from the database this many at a time. */
    private static final int FETCH = 2_000;

    private static final String PHONES = "select line, contacts from pipeline_rows where pull_id = ? "
            + "and contacts is not null order by line";

    @Inject
    ListScrubber scrubber;

    @Inject
    ActivityRecorder activities;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    /** In the caller's transaction, which must be a container's (PullScrubbing): the scrub is all or nothing. */
    public void scrub(long pullId) {
        ListPull pull = em.find(ListPull.class, pullId);
        if (pull.getScrubId() != null) {
            return;
        }
        TracedPhones phones;
        try (Connection db = dataSource.getConnection()) {
            phones = TracedPhones.read(db, pullId);
        } catch (SQLException e) {
            throw new IllegalStateException("the phones of list " + pullId + " cannot be read", e);
        }
        try {
            String file = pull.getFileName().length() <= 150 ? pull.getFileName()
                    : pull.getFileName().substring(0, 149) + "…"; // a scrub's name holds 200 characters
            Scrub scrub = scrubber.scrub("List " + file + " (received list " + pullId + ")",
                    phones::feed, pull.getReceivedById());
            pull.scrubbed(scrub.getId());
            User requester = pull.getReceivedById() == null ? null : em.find(User.class, pull.getReceivedById());
            activities.record(requester, SubjectType.DNC_SCRUB, scrub.getId(), ActivityAction.LIST_SCRUBBED,
                    "Scrubbed " + scrub.getName() + ": " + scrub.getCallable() + " callable, "
                            + scrub.getSuppressed() + " suppressed, " + scrub.getRejected() + " rejected", Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list's traced phones, read whole before the scrub starts: the scrub streams its suppressions (COPY) on the
     * transaction's connection, which takes no other statement until the COPY ends. Kept in primitive arrays (a
     * line, ten digits and the vendor's flags: 17 bytes a phone), so a million-row list's phones take tens of MB.
     */
    static final class TracedPhones {
        private long[] lines = new long[1024];
        private long[] numbers = new long[1024];
        private byte[] flags = new byte[1024];
        private int size;
        private long rows;

        static TracedPhones read(Connection db, long pullId) throws SQLException {
            FieldCipher cipher = FieldCiphers.current();
            TracedPhones phones = new TracedPhones();
            try (PreparedStatement select = db.prepareStatement(PHONES)) {
                select.setFetchSize(FETCH);
                select.setLong(1, pullId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        long line = result.getLong(1);
                        Set<String> seen = new HashSet<>();
                        for (TracedPhone phone : ContactsJson.read(cipher.open(result.getString(2))).phones()) {
                            if (seen.add(phone.number())) {
                                phones.add(line, phone);
                            }
                        }
                        if (!seen.isEmpty()) {
                            phones.rows++; // the report counts the rows it scrubbed: those with a phone
                        }
                    }
                }
            }
            return phones;
        }

        void add(long line, TracedPhone phone) {
            if (size == lines.length) {
                int grown = size * 2;
                lines = Arrays.copyOf(lines, grown);
                numbers = Arrays.copyOf(numbers, grown);
                flags = Arrays.copyOf(flags, grown);
            }
            lines[size] = line;
            numbers[size] = Long.parseLong(phone.number().substring(2)); // "+1" and ten digits
            flags[size] = (byte) ((phone.dnc() ? 1 : 0) | (phone.litigator() ? 2 : 0));
            size++;
        }

        /** Hands each phone to the scrub in line order; returns the rows with a phone. */
        long feed(ListScrubber.PhoneSink sink) {
            for (int i = 0; i < size; i++) {
                String e164 = "+1" + numbers[i];
                sink.accept(lines[i], e164, e164, new ListScrubber.VendorFlags((flags[i] & 1) != 0,
                        (flags[i] & 2) != 0));
            }
            return rows;
        }
    }
}
