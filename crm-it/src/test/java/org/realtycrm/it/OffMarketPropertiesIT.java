package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Unique;
import org.realtycrm.pipeline.control.OffMarketProperties;
import org.realtycrm.pipeline.entity.ListRow;

/**
 * The parse step's set-based placement of a chunk's properties, on the build's database and a connection of its own
 * (the transaction is the test's, as it is the chunk's in the job): which stored or new property each row lands on,
 * what a property found again takes from its rows, and that a chunk run again after a crash changes nothing twice.
 */
class OffMarketPropertiesIT extends CrmIT {

    @Test
    void aChunkFindsHousesByStoredParcelThenByStoredAddressAndItsOwnRepeatsShareOneNewRecord() throws Exception {
        String street = Unique.name();
        try (Connection db = database()) {
            long byParcel = stored(db, "APN-" + street, "1 " + street + " St", 3);
            long byAddress = stored(db, null, "2 " + street + " Street", null);

            OffMarketProperties.Placed placed = placeAndCommit(db, List.of(
                    // another spelling of the street, but the stored parcel decides
                    row(2, "APN-" + street, "100 " + street + " Road").beds(4).value("500000").build(),
                    row(3, null, "2 " + street + " St.").beds(2).apn(null).build(),
                    // a new house, named three times: by address, by parcel, and by an address only the parcel ties
                    row(4, "NEW-" + street, "5 " + street + " St").value("300000").build(),
                    row(5, null, "5 " + street + " Street").beds(5).value("310000").build(),
                    row(6, "NEW-" + street, "6 " + street + " St").build(),
                    row(7, null, "6 " + street + " St").value("320000").build(),
                    // a parcel without an address the key could read, twice
                    row(8, "LOT-" + street, null).build(),
                    row(9, "LOT-" + street, null).beds(1).build(),
                    // the stored parcel before the stored address that another record has
                    row(10, "APN-" + street, "2 " + street + " Street").value("510000").build()));

            Map<Long, Long> at = placed.propertyByLine();
            assertThat(at.get(2L)).isEqualTo(byParcel);
            assertThat(at.get(10L)).isEqualTo(byParcel);
            assertThat(at.get(3L)).isEqualTo(byAddress);
            assertThat(List.of(at.get(5L), at.get(6L), at.get(7L))).containsOnly(at.get(4L));
            assertThat(at.get(9L)).isEqualTo(at.get(8L));
            assertThat(at.get(4L)).isNotIn(byParcel, byAddress, at.get(8L));
            assertThat(placed.created()).isEqualTo(2);
            assertThat(placed.matched()).isEqualTo(7);

            assertThat(property(db, byParcel)).as("what it had stays; the last row's facts are taken")
                    .containsExactly("1 " + street + " St", "APN-" + street, 3, "510000");
            assertThat(property(db, byAddress)).as("a parcel-less list fills in no parcel")
                    .containsExactly("2 " + street + " Street", null, 2, null);
            assertThat(property(db, at.get(4L))).as("named by its first row, filled by the next, the last row's facts")
                    .containsExactly("5 " + street + " St", "NEW-" + street, 5, "320000");
            assertThat(property(db, at.get(8L))).containsExactly(null, "LOT-" + street, 1, null);
        }
    }

    @Test
    void aChunkRunAgainAfterACrashStoresWhatOneRunStoresAndTheSameListAgainAddsNoHouse() throws Exception {
        String street = Unique.name();
        List<ListRow> chunk = new ArrayList<>();
        for (int line = 2; line < 42; line++) {
            chunk.add(row(line, line % 2 == 0 ? "P" + line + "-" + street : null, line + " " + street + " St")
                    .beds(line % 7).build());
        }
        chunk.add(row(42, null, "2 " + street + " Street").value("1").build());
        try (Connection db = database()) {
            db.setAutoCommit(false);
            new OffMarketProperties(db).place(chunk, null);
            db.rollback(); // the server died before the chunk committed

            OffMarketProperties.Placed first = placeAndCommit(db, chunk);
            assertThat(first.created()).isEqualTo(40);
            assertThat(first.matched()).isEqualTo(1);
            assertThat(count(db, "%" + street + "%")).isEqualTo(40);

            OffMarketProperties.Placed again = placeAndCommit(db, chunk);
            assertThat(again.created()).isZero();
            assertThat(again.matched()).isEqualTo(41);
            assertThat(again.propertyByLine()).isEqualTo(first.propertyByLine());
            assertThat(count(db, "%" + street + "%")).isEqualTo(40);
        }
    }

    private static OffMarketProperties.Placed placeAndCommit(Connection db, List<ListRow> rows)
            throws SQLException, IOException {
        db.setAutoCommit(false);
        OffMarketProperties.Placed placed = new OffMarketProperties(db).place(rows, null);
        db.commit();
        return placed;
    }

    /** A property an earlier list stored: its address, parcel number and bedrooms, in Boston, MA 02134. */
    private static long stored(Connection db, String parcel, String street, Integer bedrooms) throws Exception {
        db.setAutoCommit(true);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into properties (source, unparsed_address, city, state_or_province, postal_code, parcel_number,
                       address_key, bedrooms_total, payload)
                values ('OFF_MLS', ?, 'Boston', 'MA', '02134', ?, ?, ?, '{"ownerFacts": {"vacant": true}}')
                returning id""")) {
            insert.setString(1, street);
            insert.setString(2, parcel);
            insert.setString(3, new ListRow.Place(street, null, "Boston", "MA", "02134").key());
            insert.setObject(4, bedrooms, java.sql.Types.INTEGER);
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Its address, parcel number, bedrooms and the estimated value its payload's facts hold. */
    private static List<Object> property(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select unparsed_address, parcel_number, bedrooms_total, "
                + "payload -> 'ownerFacts' ->> 'estimatedValue' from properties where id = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                List<Object> values = new ArrayList<>();
                values.add(result.getString(1));
                values.add(result.getString(2));
                values.add(result.getObject(3));
                values.add(result.getString(4));
                return values;
            }
        }
    }

    private static long count(Connection db, String street) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from properties where source = 'OFF_MLS' and unparsed_address like ?")) {
            query.setString(1, street);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static Row row(long line, String apn, String street) {
        return new Row(line, apn, street);
    }

    /** A list row in Boston, MA 02134 with what these tests vary. */
    private static final class Row {
        private final long line;
        private String apn;
        private final String street;
        private Integer beds;
        private BigDecimal value;

        Row(long line, String apn, String street) {
            this.line = line;
            this.apn = apn;
            this.street = street;
        }

        Row apn(String number) {
            apn = number;
            return this;
        }

        Row beds(int count) {
            beds = count;
            return this;
        }

        Row value(String estimated) {
            value = new BigDecimal(estimated);
            return this;
        }

        ListRow build() {
            ListRow.Place none = new ListRow.Place(null, null, null, null, null);
            return new ListRow(line, new ListRow.Owner("Owner " + line, null, null, false, none),
                    new ListRow.Place(street, null, "Boston", "MA", "02134"), "Suffolk", apn, null, beds, null, null,
                    null, null, value, null, null, null, null, null, null, null, null, null, null, Map.of());
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }
}
