package org.realtycrm.pipeline.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.realtycrm.lead.entity.LeadSignals;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/** Reads a list's kept rows as {@link PulledOwner}s, their contacts opened, on the caller's connection. */
final class PulledOwners {

    private static final String COLUMNS = "select line, property_id, owner_name, owner_first_name, owner_last_name, "
            + "corporate_owner, contacts, responded_at is not null, equity_percent, estimated_value, years_owned, "
            + "vacant, tax_delinquent, pre_foreclosure, absentee, out_of_state, response_note, lead_id "
            + "from pipeline_rows where pull_id = ? ";

    // rows imported already (a responder imported before the run reached them) are not imported twice. The lines
    // are read a window at a time: asked for the next rows after a line, the planner went by statistics of
    // pipeline_rows that lag far behind a list being imported (a few hundred rows where there were a million), and
    // read and sorted all the rest of the list for each chunk
    private static final String AFTER = COLUMNS + "and line > ? and line <= ? and lead_id is null "
            + "and (responded_at is not null or not ?) order by line limit ?";

    private static final String LAST_LINE = "select max(line) from pipeline_rows where pull_id = ?";

    private static final String LINES = COLUMNS + "and line = any(?) order by line";

    private PulledOwners() {
    }

    /** Up to {@code limit} rows after {@code line} not imported yet (only those who responded, when asked). */
    static List<PulledOwner> after(Connection db, long pullId, long line, boolean respondersOnly, int limit)
            throws SQLException {
        long lastLine = lastLine(db, pullId);
        List<PulledOwner> owners = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(AFTER)) {
            for (long from = line; owners.size() < limit && from < lastLine; from += limit) {
                select.setLong(1, pullId);
                select.setLong(2, from);
                select.setLong(3, from + limit);
                select.setBoolean(4, respondersOnly);
                select.setInt(5, limit - owners.size());
                owners.addAll(read(select));
            }
        }
        return owners;
    }

    private static long lastLine(Connection db, long pullId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(LAST_LINE)) {
            select.setLong(1, pullId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The rows at these lines (those that exist). */
    static List<PulledOwner> at(Connection db, long pullId, Collection<Long> lines) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(LINES)) {
            select.setLong(1, pullId);
            Array array = db.createArrayOf("bigint", lines.toArray());
            select.setArray(2, array);
            return read(select);
        }
    }

    private static List<PulledOwner> read(PreparedStatement select) throws SQLException {
        FieldCipher cipher = FieldCiphers.current();
        List<PulledOwner> owners = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String sealed = row.getString(7);
                ContactsJson.Contacts contacts = sealed == null ? ContactsJson.Contacts.NONE
                        : ContactsJson.read(cipher.open(sealed));
                LeadSignals signals = new LeadSignals(row.getBoolean(8), row.getBigDecimal(9),
                        row.getBigDecimal(10), (Integer) row.getObject(11), (Boolean) row.getObject(12),
                        (Boolean) row.getObject(13), (Boolean) row.getObject(14), row.getBoolean(15),
                        row.getBoolean(16), row.getBoolean(6));
                owners.add(new PulledOwner(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBoolean(6), contacts, signals, row.getString(17),
                        (Long) row.getObject(18)));
            }
        }
        return owners;
    }

}
