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

/** An MLS member (agent) from a feed, so that a listing shows its agent by name. Unique per (feed, MemberKey). */
@Entity
@Table(name = "mls_members")
public class Member extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false, updatable = false)
    private long feedId;

    @Column(name = "member_key", nullable = false, updatable = false, length = MemberRecord.KEY_LENGTH)
    private String memberKey;

    @Column(name = "member_mls_id", length = MemberRecord.MLS_ID_LENGTH)
    private String memberMlsId;

    @Column(name = "full_name", length = MemberRecord.FULL_NAME_LENGTH)
    private String fullName;

    @Column(name = "first_name", length = MemberRecord.NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", length = MemberRecord.NAME_LENGTH)
    private String lastName;

    @Column(length = MemberRecord.EMAIL_LENGTH)
    private String email;

    @Column(length = MemberRecord.PHONE_LENGTH)
    private String phone;

    @Column(name = "office_key", length = MemberRecord.KEY_LENGTH)
    private String officeKey;

    @Column(name = "modification_timestamp", nullable = false)
    private Instant modificationTimestamp;

    protected Member() {
        // for JPA
    }

    public Member(long feedId, MemberRecord record) {
        this.feedId = feedId;
        this.memberKey = Objects.requireNonNull(record, "record").memberKey();
        take(record);
    }

    /**
     * Takes the record when it replaces the one held ({@link RosterVersions#replaces}: a newer version, or the same
     * version with other values).
     *
     * @return whether it was taken
     */
    public boolean update(MemberRecord record) {
        Objects.requireNonNull(record, "record");
        if (!memberKey.equals(record.memberKey())) {
            throw new IllegalArgumentException("member " + record.memberKey() + " is not " + memberKey);
        }
        if (!RosterVersions.replaces(record.modificationTimestamp(), modificationTimestamp,
                () -> record.equals(asRecord()))) {
            return false;
        }
        take(record);
        return true;
    }

    private void take(MemberRecord record) {
        memberMlsId = record.memberMlsId();
        fullName = record.fullName();
        firstName = record.firstName();
        lastName = record.lastName();
        email = record.email();
        phone = record.phone();
        officeKey = record.officeKey();
        modificationTimestamp = record.modificationTimestamp();
    }

    private MemberRecord asRecord() {
        return new MemberRecord(memberKey, memberMlsId, fullName, firstName, lastName, email, phone, officeKey, modificationTimestamp);
    }

    public Long getId() {
        return id;
    }

    public long getFeedId() {
        return feedId;
    }

    public String getMemberKey() {
        return memberKey;
    }

    public String getMemberMlsId() {
        return memberMlsId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getOfficeKey() {
        return officeKey;
    }

    public Instant getModificationTimestamp() {
        return modificationTimestamp;
    }
}
