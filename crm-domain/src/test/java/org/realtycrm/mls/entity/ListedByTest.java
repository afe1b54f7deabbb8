package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.property.entity.ListingFields;
import org.realtycrm.property.entity.MlsListing;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.StandardStatus;

class ListedByTest {

    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");

    private static final Property LISTING = Property.listedOnMls(7L, new MlsListing("L-1", T1, null,
            ListingFields.builder().standardStatus(StandardStatus.ACTIVE).city("Austin")
                    .listAgentKey("M-77").listAgentFullName("A. Diaz (as listed)")
                    .listOfficeKey("O-1").listOfficeName("HCR").build(), "{}")).property();

    @Test
    void theFeedsMemberAndOfficeRecordsNameTheAgentAndOfficeAndSayHowToReachThem() {
        Member member = new Member(7L, new MemberRecord("M-77", "77", "Ana Diaz", "Ana", "Diaz", "ana@example.com",
                "512-555-0100", "O-1", T1));
        Office office = new Office(7L, new OfficeRecord("O-1", "1", "Hill Country Realty", "512-555-0111",
                "desk@hcr.example", T1));

        assertThat(ListedBy.of(LISTING, member, office)).isEqualTo(new ListedBy("Ana Diaz", "ana@example.com",
                "512-555-0100", "Hill Country Realty", "512-555-0111", "desk@hcr.example"));
    }

    @Test
    void withoutTheRecordsTheListingsOwnNamesStand() {
        assertThat(ListedBy.asListed(LISTING)).isEqualTo(new ListedBy("A. Diaz (as listed)", null, null, "HCR", null,
                null));
        Office unnamed = new Office(7L, new OfficeRecord("O-1", "1", null, "512-555-0111", null, T1));
        assertThat(ListedBy.of(LISTING, null, unnamed).officeName()).as("an office record without a name")
                .isEqualTo("HCR");
        assertThat(ListedBy.of(LISTING, null, unnamed).officePhone()).isEqualTo("512-555-0111");
    }
}
