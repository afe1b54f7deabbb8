package org.realtycrm.lead.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;

class LeadExportsTest {

    @Test
    void theRecordSaysWhichFiltersTheExportHadInWords() {
        LeadQuery filtered = new LeadQuery(Set.of(LeadStatus.NEW, LeadStatus.CONTACTED), Set.of(Temperature.HOT),
                "Zillow", 0L, " smith ", Instant.parse("2026-12-01T06:00:00Z"), null, null);

        assertThat(LeadExports.described(filtered)).isEqualTo("status CONTACTED, NEW; temperature HOT; "
                + "source Zillow; unassigned; text \u201csmith\u201d; created since 2026-12-01T06:00:00Z");
        assertThat(LeadExports.described(new LeadQuery(null, null, null, 7L, null, null)))
                .isEqualTo("agent 7");
    }

    @Test
    void noFiltersIsSaidSo() {
        assertThat(LeadExports.described(new LeadQuery(null, null, " ", null, null, null))).isEqualTo("none");
    }
}
