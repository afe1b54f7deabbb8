package org.realtycrm.pipeline.control;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;
import org.realtycrm.pipeline.entity.ContactsJson;
import org.realtycrm.pipeline.entity.ListRow;
import org.realtycrm.pipeline.entity.OwnerType;
import org.realtycrm.platform.csv.CsvPosition;
import org.realtycrm.platform.persistence.CopyText;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Stores one chunk of a pull's parse step on the chunk's connection: the properties (through
 * {@link OffMarketProperties}), the kept rows in one COPY (the columns the mapping does not name sealed: a traced
 * list keeps its phones there), the rejects, the pull's counts and where the chunk's part of the file goes on. It is
 * all one transaction, so a run restarted after a crash resumes each part at its first record not stored, and
 * nothing is counted or stored twice.
 * <p>
 * Parts are stored side by side. A chunk that places properties takes their lock ({@link OffMarketProperties}) before
 * it updates the pull's row, and a chunk without properties to place takes no other lock before it; so two chunks
 * never wait for each other in opposite orders. (The rejects' and rows' foreign keys share-lock the pull's row,
 * which the counts' update, not changing its key, does not wait for.)
 */
public final class PullChunkStore {

    private static final String ROWS = """
            copy pipeline_rows (pull_id, line, property_id, owner_name, owner_first_name, owner_last_name,
                 corporate_owner, mailing_street, mailing_city, mailing_state, mailing_zip, owner_key, extra,
                 estimated_value, equity_percent, years_owned, vacant, tax_delinquent, pre_foreclosure, absentee,
                 out_of_state)
            from stdin""";

    private static final String REJECT = "insert into pipeline_rejects (pull_id, line, reason) values (?, ?, ?)";

    private static final String COUNTS = """
            update pipeline_pulls set rows_read = rows_read + ?, rows_kept = rows_kept + ?,
                   rows_filtered = rows_filtered + ?, rows_rejected = rows_rejected + ?,
                   properties_created = properties_created + ?, properties_matched = properties_matched + ?,
                   version = version + 1
             where id = ?""";

    private static final String PART_POSITION =
            "update pipeline_pull_parts set next_offset = ?, next_line = ? where pull_id = ? and part = ?";

    /** Beyond these, numeric(14, 2) and numeric(7, 2) overflow. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("1e12");
    private static final BigDecimal MAX_PERCENT = new BigDecimal("1e5");

    private final Connection connection;
    private final long pullId;

    public PullChunkStore(Connection connection, long pullId) {
        this.connection = connection;
        this.pullId = pullId;
    }

    /**
     * @param part      the part of the file the chunk is from
     * @param next      where the part's record after the chunk starts
     * @param createdBy owner of new property records, {@code null} for administrators only
     */
    public void store(List<PulledItem> items, int part, CsvPosition next, Long createdBy)
            throws SQLException, IOException {
        List<ListRow> kept = new ArrayList<>();
        int filtered = 0;
        try (PreparedStatement rejects = connection.prepareStatement(REJECT)) {
            for (PulledItem item : items) {
                if (item instanceof PulledItem.Kept keep) {
                    kept.add(keep.row());
                } else if (item instanceof PulledItem.Rejected reject) {
                    rejects.setLong(1, pullId);
                    rejects.setLong(2, reject.line());
                    rejects.setString(3, reject.reason().length() > 500 ? reject.reason().substring(0, 500)
                            : reject.reason());
                    rejects.addBatch();
                } else {
                    filtered++;
                }
            }
            rejects.executeBatch();
        }
        OffMarketProperties.Placed placed = new OffMarketProperties.Placed(Map.of(), 0, 0);
        if (!kept.isEmpty()) {
            placed = new OffMarketProperties(connection).place(kept, createdBy);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(ROWS,
                    new StringReader(rows(kept, placed.propertyByLine())));
        }
        try (PreparedStatement counts = connection.prepareStatement(COUNTS)) {
            counts.setLong(1, items.size());
            counts.setLong(2, kept.size());
            counts.setLong(3, filtered);
            counts.setLong(4, items.size() - kept.size() - filtered);
            counts.setLong(5, placed.created());
            counts.setLong(6, placed.matched());
            counts.setLong(7, pullId);
            counts.executeUpdate();
        }
        try (PreparedStatement position = connection.prepareStatement(PART_POSITION)) {
            position.setLong(1, next.byteOffset());
            position.setLong(2, next.line());
            position.setLong(3, pullId);
            position.setInt(4, part);
            position.executeUpdate();
        }
    }

    /** The kept rows in {@code pipeline_rows}' columns, each with its property. */
    private String rows(List<ListRow> kept, Map<Long, Long> propertyByLine) {
        FieldCipher cipher = FieldCiphers.current();
        LocalDate today = LocalDate.now();
        CopyText copy = new CopyText();
        for (ListRow row : kept) {
            ListRow.Owner owner = row.owner();
            ListRow.Place mail = owner.mailing();
            Set<OwnerType> ownerTypes = row.ownerTypes();
            copy.add(pullId).add(row.line()).add(propertyByLine.get(row.line())).add(owner.name())
                    .add(clip(owner.firstName(), 100)).add(clip(owner.lastName(), 100)).add(owner.corporate())
                    .add(mail.street()).add(clip(mail.city(), 100)).add(mail.state()).add(mail.zip())
                    .add(ownerKey(row)).add(cipher.seal(ContactsJson.writeColumns(row.extra())))
                    // what the scorecard reads when the row becomes a lead
                    .add(within(row.estimatedValue(), MAX_VALUE)).add(within(row.equityPercent(), MAX_PERCENT))
                    .add(row.yearsOwnedOn(today)).add(row.vacant()).add(row.taxDelinquent()).add(row.preForeclosure())
                    .add(ownerTypes.contains(OwnerType.ABSENTEE)).add(ownerTypes.contains(OwnerType.OUT_OF_STATE))
                    .endRow();
        }
        return copy.toString();
    }

    /**
     * Who the owner is, for the skip trace's cache: the name and the mailing address (or the property's, when the
     * list gives no mailing address), normalised. Two lists naming one owner at one address give one key.
     */
    static String ownerKey(ListRow row) {
        ListRow.Place mailing = row.owner().mailing();
        String place = mailing.key() != null ? mailing.key() : row.property().key();
        String name = row.owner().name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ")
                .replaceAll("\\s+", " ").strip();
        String key = name + "@" + (place == null ? row.apn() + "|" + row.property().state() : place);
        return key.length() > 500 ? key.substring(0, 500) : key;
    }

    /** A figure the column can hold, or {@code null} (unknown) when a list's figure is beyond any real one. */
    private static BigDecimal within(BigDecimal figure, BigDecimal max) {
        return figure == null || figure.abs().compareTo(max) >= 0 ? null : figure;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
