package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

class LeadRowsTest {

    /** Keeps what the list asked the boundary for. */
    static class AskedLeads extends Leads {

        final List<LeadQuery> searched = new ArrayList<>();
        final List<PageRequest> pages = new ArrayList<>();

        @Override
        public Page<Lead> search(LeadQuery query, PageRequest page) {
            searched.add(query);
            pages.add(page);
            return Page.of(List.of(), 0, page);
        }
    }

    private final AskedLeads leads = new AskedLeads();
    private final LeadRows rows = new LeadRows(leads, null,
            tableSort -> new LeadQuery(Set.of(LeadStatus.NEW), Set.of(), "Zillow", null, null,
                    tableSort != null ? tableSort : new LeadSort(LeadSort.Field.nextFollowUpAt, false)));

    @Test
    void aSortedColumnOrdersTheFilteredList() {
        rows.load(50, 25, Map.of("name", SortMeta.builder().field("name").order(SortOrder.DESCENDING).build()),
                Map.of());

        LeadQuery asked = leads.searched.get(0);
        assertThat(asked.sort()).isEqualTo(new LeadSort(LeadSort.Field.lastName, true));
        assertThat(asked.statuses()).containsExactly(LeadStatus.NEW);
        assertThat(asked.source()).isEqualTo("Zillow");
        assertThat(leads.pages.get(0)).isEqualTo(new PageRequest(2, 25));
    }

    @Test
    void withoutASortedColumnTheViewsOrderHolds() {
        rows.load(0, 25, Map.of("created", SortMeta.builder().field("created").order(SortOrder.UNSORTED).build()),
                Map.of());

        assertThat(leads.searched.get(0).sort()).isEqualTo(new LeadSort(LeadSort.Field.nextFollowUpAt, false));
    }
}
