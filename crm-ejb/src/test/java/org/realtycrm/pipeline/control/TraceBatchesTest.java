package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How rows become a vendor batch: one request per owner, and never more owners than the quota has room for. */
class TraceBatchesTest {

    private static TraceLedger.Pending row(long line, String owner) {
        return new TraceLedger.Pending(line, owner, null, owner, owner, "1 Main St", "Boston", "MA", "02134",
                line + " Elm St", "Boston", "MA", "02134", "{}");
    }

    private static final List<TraceLedger.Pending> ROWS = List.of(row(2, "ACME"), row(3, "DOE"), row(4, "ACME"),
            row(5, "ROE"), row(6, "DOE"), row(7, "LEE"));

    @Test
    void an_owner_of_several_properties_is_one_request() {
        assertThat(SkipTracing.firstRowOfEachOwner(ROWS)).extracting(TraceLedger.Pending::line)
                .containsExactly(2L, 3L, 5L, 7L);
    }

    @Test
    void the_quota_cuts_before_the_next_owner_and_keeps_the_owners_rows_before_the_cut() {
        assertThat(TraceLedger.cutToOwners(ROWS, 2)).extracting(TraceLedger.Pending::line)
                .containsExactly(2L, 3L, 4L);
        assertThat(TraceLedger.cutToOwners(ROWS, 3)).extracting(TraceLedger.Pending::line)
                .containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(TraceLedger.cutToOwners(ROWS, 10)).hasSize(6);
        assertThat(TraceLedger.cutToOwners(ROWS, 1)).extracting(TraceLedger.Pending::line).containsExactly(2L);
    }
}
