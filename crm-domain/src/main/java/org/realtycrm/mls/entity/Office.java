package org.realtycrm.mls.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;

/** An MLS office from a feed, so that a listing shows its office by name. Unique per (feed, OfficeKey). */
@Entity
@Table(name = "mls_offices")
public class Office extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false, updatable = false)
    private long feedId;

    @Column(name = "office_key", nullable = false, updatable = false, length = OfficeRecord.KEY_LENGTH)
    private String officeKey;

    @Column(name = "office_mls_id", length = OfficeRecord.MLS_ID_LENGTH)
    private String officeMlsId;

    @Column(length = OfficeRecord.NAME_LENGTH)
    private String name;

    @Column(length = OfficeRecord.PHONE_LENGTH)
    private String phone;

    @Column(length = OfficeRecord.EMAIL_LENGTH)
    private String email;

    @Column(name = "modification_timestamp", nullable = false)
    private Instant modificationTimestamp;

    protected Office() {
        // for JPA
    }

    public Office(long feedId, OfficeRecord record) {
        this.feedId = feedId;
        this.officeKey = Objects.requireNonNull(record, "record").officeKey();
        take(record);
    }

    /**
     * Takes the record when it replaces the one held ({@link RosterVersions#replaces}: a newer version, or the same
     * version with other values).
     *
     * @return whether it was taken
     */
    public boolean update(OfficeRecord record) {
        Objects.requireNonNull(record, "record");
        if (!officeKey.equals(record.officeKey())) {
            throw new IllegalArgumentException("office " + record.officeKey() + " is not " + officeKey);
        }
        if (!RosterVersions.replaces(record.modificationTimestamp(), modificationTimestamp,
                () -> record.equals(asRecord()))) {
            return false;
        }
        take(record);
        return true;
    }

    private void take(OfficeRecord record) {
        officeMlsId = record.officeMlsId();
        name = record.name();
        phone = record.phone();
        email = record.email();
        modificationTimestamp = record.modificationTimestamp();
    }

    private OfficeRecord asRecord() {
        return new OfficeRecord(officeKey, officeMlsId, name, phone, email, modificationTimestamp);
    }

    public Long getId() {
        return id;
    }

    public long getFeedId() {
        return feedId;
    }

    public String getOfficeKey() {
        return officeKey;
    }

    public String getOfficeMlsId() {
        return officeMlsId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getModificationTimestamp() {
        return modificationTimestamp;
    }
}
