package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LeadQueryTest {

    @Test
    void missingFiltersMeanAnyAndTheSortDefaultsToNewestFirst() {
        LeadQuery query = new LeadQuery(null, null, null, null, null, null);

        assertThat(query.statuses()).isEmpty();
        assertThat(query.temperatures()).isEmpty();
        assertThat(query.sort()).isEqualTo(LeadSort.DEFAULT);
    }

    @Test
    void keepsItsOwnCopyOfTheFilters() {
        Set<LeadStatus> statuses = EnumSet.of(LeadStatus.NEW);
        Set<Temperature> temperatures = EnumSet.of(Temperature.HOT);
        LeadQuery query = new LeadQuery(statuses, temperatures, "Zillow", 7L, "smith", LeadSort.parse("lastName"));

        statuses.add(LeadStatus.LOST);
        temperatures.clear();

        assertThat(query.statuses()).containsExactly(LeadStatus.NEW);
        assertThat(query.temperatures()).containsExactly(Temperature.HOT);
    }
}
