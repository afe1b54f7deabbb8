package org.realtycrm.campaign.entity;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.realtycrm.pipeline.entity.SuppressionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate's reason for each objection a Do-Not-Call registry can give, by the same name; a list scrub's own reasons
 * (a vendor's flag, a number that cannot be dialled) are no registry's answer and are refused.
 */
class RefusalReasonTest {

    @ParameterizedTest
    @EnumSource(value = SuppressionReason.class, names = {"FEDERAL_DNC", "FEDERAL_NOT_LOADED", "FEDERAL_OUTDATED",
            "STATE_DNC", "INTERNAL_DNC", "LITIGATOR"})
    void every_registry_answer_is_the_gate_s_reason_of_the_same_name(SuppressionReason suppression) {
        assertThat(RefusalReason.of(suppression).name()).isEqualTo(suppression.name());
    }

    @ParameterizedTest
    @EnumSource(value = SuppressionReason.class, names = {"VENDOR_DNC", "INVALID_NUMBER"})
    void a_scrub_s_own_reason_is_no_registry_s_answer(SuppressionReason suppression) {
        assertThatThrownBy(() -> RefusalReason.of(suppression)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(suppression.name());
    }

    @Test
    void every_suppression_reason_is_either_mapped_or_refused() {
        // a reason added to the registry later must be decided on here too
        EnumSet<SuppressionReason> scrubOnly = EnumSet.of(SuppressionReason.VENDOR_DNC,
                SuppressionReason.INVALID_NUMBER);
        for (SuppressionReason suppression : SuppressionReason.values()) {
            if (!scrubOnly.contains(suppression)) {
                assertThat(RefusalReason.of(suppression)).as(suppression.name()).isNotNull();
            }
        }
    }
}
