package org.realtycrm.pipeline.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.DncListKey;
import org.roaringbitmap.RoaringBitmap;

/**
 * The lists' area codes in {@code dnc_area_codes}: one bitmap per list and area code, with the data date and the
 * load that wrote it. Plain JDBC: the bitmaps are bytes, up to a megabyte each, never entities. Callers run it inside
 * their transaction (the connection is the transaction's).
 */
@ApplicationScoped
public class DncListStore {

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    /** Every list's area codes (a few hundred rows). */
    public List<ListAreaCode> stamps() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("select list_key, area_code, load_id, data_date,"
                        + " number_count, numbers_load_id from dnc_area_codes order by list_key, area_code");
                ResultSet rows = select.executeQuery()) {
            List<ListAreaCode> stamps = new ArrayList<>();
            while (rows.next()) {
                stamps.add(new ListAreaCode(new DncListKey(rows.getString(1)), rows.getInt(2), rows.getLong(3),
                        rows.getDate(4).toLocalDate(), rows.getInt(5), rows.getLong(6)));
            }
            return stamps;
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call lists cannot be read", e);
        }
    }

    public Optional<RoaringBitmap> numbers(DncListKey list, int areaCode) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement(
                        "select numbers from dnc_area_codes where list_key = ? and area_code = ?")) {
            select.setString(1, list.value());
            select.setInt(2, areaCode);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(AreaCodeBitmaps.deserialize(row.getBytes(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call list " + list + " cannot be read", e);
        }
    }

    /** The numbers of several area codes of one list, by area code (those the table no longer has are missing). */
    public Map<Integer, RoaringBitmap> numbers(DncListKey list, Collection<Integer> areaCodes) {
        Map<Integer, RoaringBitmap> numbers = new HashMap<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement select = db.prepareStatement("select area_code, numbers from dnc_area_codes"
                        + " where list_key = ? and area_code = any (?)")) {
            select.setString(1, list.value());
            select.setArray(2, db.createArrayOf("integer", areaCodes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    numbers.put(rows.getInt(1), AreaCodeBitmaps.deserialize(rows.getBytes(2)));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call list " + list + " cannot be read", e);
        }
    }

    /** Serialises loads of lists across servers, until the caller's transaction ends. */
    public void lockForLoading() {
        try (Connection db = dataSource.getConnection();
                PreparedStatement lock = db.prepareStatement("select pg_advisory_xact_lock(4242028)")) {
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call lists cannot be locked for loading", e);
        }
    }

    public void save(DncListKey list, int areaCode, RoaringBitmap numbers, LocalDate dataDate, long loadId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement upsert = db.prepareStatement("insert into dnc_area_codes (list_key, area_code,"
                        + " numbers, number_count, data_date, load_id, numbers_load_id) values (?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (list_key, area_code) do update set numbers = excluded.numbers,"
                        + " number_count = excluded.number_count, data_date = excluded.data_date,"
                        + " load_id = excluded.load_id, numbers_load_id = excluded.numbers_load_id,"
                        + " updated_at = now()")) {
            upsert.setString(1, list.value());
            upsert.setInt(2, areaCode);
            upsert.setBytes(3, AreaCodeBitmaps.serialize(numbers));
            upsert.setInt(4, numbers.getCardinality());
            upsert.setDate(5, Date.valueOf(dataDate));
            upsert.setLong(6, loadId);
            upsert.setLong(7, loadId);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call list " + list + " cannot be stored", e);
        }
    }

    /**
     * Brings the data date of the named area codes of {@code list} up to {@code dataDate} (the area codes a change
     * list covers); their numbers stay as they are.
     */
    public void advanceDataDate(DncListKey list, Collection<Integer> areaCodes, LocalDate dataDate, long loadId) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement update = db.prepareStatement("update dnc_area_codes set data_date = ?,"
                        + " load_id = ?, updated_at = now() where list_key = ? and data_date < ?"
                        + " and area_code = any (?)")) {
            update.setDate(1, Date.valueOf(dataDate));
            update.setLong(2, loadId);
            update.setString(3, list.value());
            update.setDate(4, Date.valueOf(dataDate));
            update.setArray(5, db.createArrayOf("integer", areaCodes.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call list " + list + " cannot be stored", e);
        }
    }

    /** Removes the area codes of {@code list} that are not in {@code kept} (a state list loaded whole). */
    public void removeAreaCodesOtherThan(DncListKey list, Collection<Integer> kept) {
        try (Connection db = dataSource.getConnection();
                PreparedStatement delete = db.prepareStatement("delete from dnc_area_codes where list_key = ?"
                        + " and area_code <> all (?)")) {
            delete.setString(1, list.value());
            delete.setArray(2, db.createArrayOf("integer", kept.toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the Do-Not-Call list " + list + " cannot be stored", e);
        }
    }
}
