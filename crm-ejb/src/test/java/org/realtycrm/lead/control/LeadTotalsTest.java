package org.realtycrm.lead.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.LeadVisibility;

class LeadTotalsTest {

    private final LeadTotals totals = new LeadTotals();
    private final LeadQuery newLeads = new LeadQuery(Set.of(LeadStatus.NEW), Set.of(), null, null, null, null);

    @Test
    void reusesATotalOnlyWhileNoLeadHasChanged() {
        totals.remember(newLeads, LeadVisibility.all(), 7, 1234);

        assertThat(totals.get(newLeads, LeadVisibility.all(), 7)).hasValue(1234);
        assertThat(totals.get(newLeads, LeadVisibility.all(), 8)).isEmpty();
    }

    @Test
    void theSortOrderDoesNotChangeTheTotal() {
        totals.remember(newLeads, LeadVisibility.all(), 1, 50);
        LeadQuery sortedByName = new LeadQuery(Set.of(LeadStatus.NEW), Set.of(), null, null, null,
                LeadSort.parse("lastName"));

        assertThat(totals.get(sortedByName, LeadVisibility.all(), 1)).hasValue(50);
    }

    @Test
    void eachAgentsTotalIsTheirOwn() {
        totals.remember(newLeads, LeadVisibility.assignedTo(3), 1, 10);

        assertThat(totals.get(newLeads, LeadVisibility.assignedTo(4), 1)).isEmpty();
        assertThat(totals.get(newLeads, LeadVisibility.all(), 1)).isEmpty();
        assertThat(totals.get(newLeads, LeadVisibility.assignedTo(3), 1)).hasValue(10);
    }

    @Test
    void otherFiltersAreOtherTotals() {
        totals.remember(newLeads, LeadVisibility.all(), 1, 10);
        LeadQuery hotNewLeads = new LeadQuery(Set.of(LeadStatus.NEW), Set.of(org.realtycrm.lead.entity.Temperature.HOT),
                null, null, null, null);

        assertThat(totals.get(hotNewLeads, LeadVisibility.all(), 1)).isEmpty();
    }
}
