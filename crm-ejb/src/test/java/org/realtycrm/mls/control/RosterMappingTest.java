package org.realtycrm.mls.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.realtycrm.mls.entity.MemberRecord;
import org.realtycrm.mls.entity.OfficeRecord;
import org.realtycrm.platform.problem.InvalidInputException;

/** Member and Office records read by {@link ListingMapping}, under DD names (RESO) or the MLS's own (RETS). */
class RosterMappingTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-01T10:00:00Z");

    private static RosterRecord record(String key, String json) {
        return new RosterRecord(key, MODIFIED, Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aMemberIsReachedByThePhoneThatMemberPrefersElseTheFirstGiven() {
        MemberRecord preferred = ListingMapping.ddNames().member(record("M-1", """
                {"MemberKey":"M-1","MemberFullName":" Ana Diaz ","MemberEmail":"ana@example.com",
                 "MemberDirectPhone":"512-555-0101","MemberPreferredPhone":"512-555-0100","OfficeKey":"O-1",
                 "MemberMlsId":"77"}"""));
        MemberRecord mobileOnly = ListingMapping.ddNames().member(record("M-2", """
                {"MemberKey":"M-2","MemberFirstName":"Bo","MemberLastName":"Li","MemberPreferredPhone":" ",
                 "MemberMobilePhone":"512-555-0199"}"""));

        assertThat(preferred).isEqualTo(new MemberRecord("M-1", "77", "Ana Diaz", null, null, "ana@example.com",
                "512-555-0100", "O-1", MODIFIED));
        assertThat(mobileOnly.phone()).isEqualTo("512-555-0199");
        assertThat(mobileOnly.fullName()).as("named by first and last name").isEqualTo("Bo Li");
    }

    @Test
    void aRetsAgentOrOfficeRowIsReadUnderTheNamesTheFeedsOptionsGive() {
        ListingMapping rets = ListingMapping.of(Map.of("field.MemberFullName", "AGENT_NAME",
                "field.MemberEmail", "AGENT_EMAIL", "field.OfficeKey", "AGENT_OFFICE", "field.OfficeName", "OFF_NAME",
                "field.OfficePhone", "OFF_PHONE"));

        MemberRecord member = rets.member(record("A7", """
                {"AGENT_ID":"A7","AGENT_NAME":"Cy Young","AGENT_EMAIL":"cy@example.com","AGENT_OFFICE":"OF3"}"""));
        OfficeRecord office = rets.office(record("OF3", """
                {"OFFICE_ID":"OF3","OFF_NAME":"Hill Country Realty","OFF_PHONE":"512-555-0111"}"""));

        assertThat(member.fullName()).isEqualTo("Cy Young");
        assertThat(member.email()).isEqualTo("cy@example.com");
        assertThat(member.officeKey()).isEqualTo("OF3");
        assertThat(office).isEqualTo(new OfficeRecord("OF3", null, "Hill Country Realty", "512-555-0111", null,
                MODIFIED));
    }

    @Test
    void aKeyLongerThanTheDataDictionaryAllowsRefusesTheRecord() {
        String key = "K".repeat(MemberRecord.KEY_LENGTH + 1);

        assertThatThrownBy(() -> ListingMapping.ddNames().member(record(key, "{}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("MemberKey");
    }
}
