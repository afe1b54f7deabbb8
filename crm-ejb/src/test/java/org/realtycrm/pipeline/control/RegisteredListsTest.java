package org.realtycrm.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.control.RegisteredLists.AreaCode;
import org.realtycrm.pipeline.entity.DncListKey;
import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.SuppressionReason;
import org.roaringbitmap.RoaringBitmap;

class RegisteredListsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static AreaCode areaCode(DncListKey list, int code, LocalDate dataDate, long loadId, int... lines) {
        return new AreaCode(new ListAreaCode(list, code, loadId, dataDate, lines.length, loadId),
                RoaringBitmap.bitmapOf(lines));
    }

    private final RegisteredLists lists = new RegisteredLists(Map.of(
            DncListKey.FEDERAL, Map.of(
                    202, areaCode(DncListKey.FEDERAL, 202, TODAY.minusDays(31), 7, 5550143),
                    301, areaCode(DncListKey.FEDERAL, 301, TODAY.minusDays(32), 3, 5550100)),
            DncListKey.LITIGATOR, Map.of(202, areaCode(DncListKey.LITIGATOR, 202, TODAY, 9, 5550143, 5550150)),
            new DncListKey("state:TX"), Map.of(202, areaCode(new DncListKey("state:TX"), 202, TODAY, 11, 5550150))));

    @Test
    void a_number_on_the_registry_is_suppressed_with_the_version_of_its_area_code() {
        assertThat(lists.on(TODAY).hits(2025550143L)).containsExactly(
                new SuppressionHit(SuppressionReason.FEDERAL_DNC, "federal of 2026-11-04 (load 7)"),
                new SuppressionHit(SuppressionReason.LITIGATOR, "litigator of 2026-12-05 (load 9)"));
    }

    @Test
    void a_number_on_no_list_in_a_fresh_area_code_may_be_called() {
        assertThat(lists.on(TODAY).hits(2025550144L)).isEmpty();
    }

    @Test
    void state_and_litigator_lists_suppress_a_number_the_registry_does_not_hold() {
        assertThat(lists.on(TODAY).hits(2025550150L)).extracting(SuppressionHit::reason)
                .containsExactly(SuppressionReason.LITIGATOR, SuppressionReason.STATE_DNC);
    }

    @Test
    void registry_data_older_than_31_days_suppresses_every_number_of_its_area_code() {
        assertThat(lists.on(TODAY).hits(3015550199L)).containsExactly(
                new SuppressionHit(SuppressionReason.FEDERAL_OUTDATED, "federal of 2026-11-03 (load 3)"));
        assertThat(lists.outdatedFederal(List.of(202, 301, 415), TODAY)).containsExactly(301);
    }

    @Test
    void an_area_code_the_registry_data_does_not_cover_may_not_be_called() {
        assertThat(lists.on(TODAY).hits(4155550100L)).extracting(SuppressionHit::reason)
                .containsExactly(SuppressionReason.FEDERAL_NOT_LOADED);
    }

    @Test
    void names_every_list_used_for_a_report() {
        assertThat(lists.versionsFor(List.of(202, 415))).containsExactly(
                Map.entry("federal 202", "federal of 2026-11-04 (load 7)"),
                Map.entry("federal 415", "not loaded"),
                Map.entry("litigator", "litigator of 2026-12-05 (load 9)"),
                Map.entry("state:TX", "state:TX of 2026-12-05 (load 11)"));
    }
}
