package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class MemberOfficeTest {

    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-02T10:00:00Z");

    private static MemberRecord member(String phone, Instant modified) {
        return new MemberRecord("M-77", "77", null, "Ana", "Diaz", "ana@example.com", phone, "O-1", modified);
    }

    @Test
    void aMemberIsShownByNameEvenWithoutAFullName() {
        Member member = new Member(7L, member("512-555-0100", T1));

        assertThat(member.getFullName()).isEqualTo("Ana Diaz");
        assertThat(member.getMemberKey()).isEqualTo("M-77");
        assertThat(member.getOfficeKey()).isEqualTo("O-1");
    }

    @Test
    void onlyANewerMemberVersionIsTaken() {
        Member member = new Member(7L, member("512-555-0100", T2));

        assertThat(member.update(member("512-555-0199", T1))).isFalse();
        assertThat(member.update(member("512-555-0100", T2))).as("the version held, sent again").isFalse();
        assertThat(member.getPhone()).isEqualTo("512-555-0100");
        assertThat(member.update(member("512-555-0199", T2.plusSeconds(1)))).isTrue();
        assertThat(member.getPhone()).isEqualTo("512-555-0199");
    }

    @Test
    void aSecondVersionWithinOneMicrosecondIsTaken() {
        // versions are kept to the microsecond: a provider's 100 ns and 600 ns versions are one version here
        Member member = new Member(7L, member("512-555-0100", T2.plusNanos(100)));

        assertThat(member.update(member("512-555-0199", T2.plusNanos(600)))).isTrue();
        assertThat(member.getPhone()).isEqualTo("512-555-0199");
        Office office = new Office(7L, new OfficeRecord("O-1", "1", "Hill Country Realty", null, null, T2.plusNanos(100)));
        assertThat(office.update(new OfficeRecord("O-1", "1", "Hill Country Realty", null, null, T2.plusNanos(600))))
                .as("nothing changed").isFalse();
        assertThat(office.update(new OfficeRecord("O-1", "1", "Hill Country Homes", null, null, T2.plusNanos(600))))
                .isTrue();
    }

    @Test
    void onlyANewerOfficeVersionIsTaken() {
        Office office = new Office(7L, new OfficeRecord("O-1", "1", "Hill Country Realty", null, null, T2));

        assertThat(office.update(new OfficeRecord("O-1", "1", "Old Name", null, null, T1))).isFalse();
        assertThat(office.getName()).isEqualTo("Hill Country Realty");
        assertThat(office.update(new OfficeRecord("O-1", "1", "Hill Country Realty Group", null, null, T2.plusSeconds(1))))
                .isTrue();
        assertThat(office.getName()).isEqualTo("Hill Country Realty Group");
    }

    @Test
    void recordsNeedKeysAndTimestamps() {
        assertThatThrownBy(() -> new MemberRecord(null, null, "A", null, null, null, null, null, T1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OfficeRecord("O-1", null, "A", null, null, null))
                .isInstanceOf(InvalidInputException.class);
        Member member = new Member(7L, member(null, T1));
        assertThatThrownBy(() -> member.update(new MemberRecord("M-78", null, "B", null, null, null, null, null, T2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
