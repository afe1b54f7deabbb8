package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.SuppressionReason;

class DoNotCallWordsTest {

    private static final String NUMBER = "+14155550132";

    @Test
    void namesEachListThatHoldsTheNumberOnce() {
        CallVerdict verdict = new CallVerdict(NUMBER, List.of(hit(SuppressionReason.FEDERAL_DNC),
                hit(SuppressionReason.INTERNAL_DNC), hit(SuppressionReason.FEDERAL_DNC)));

        assertThat(DoNotCallWords.listed(verdict))
                .isEqualTo("on the National Do Not Call Registry, asked us not to call");
    }

    @Test
    void aCallableNumberAndGapsInTheRegistryDataAreNoReasonsAboutThePerson() {
        assertThat(DoNotCallWords.listed(new CallVerdict(NUMBER, List.of()))).isNull();
        assertThat(DoNotCallWords.listed(new CallVerdict(NUMBER, List.of(hit(SuppressionReason.FEDERAL_NOT_LOADED),
                hit(SuppressionReason.FEDERAL_OUTDATED))))).isNull();
        assertThat(DoNotCallWords.listed(null)).isNull();
    }

    private static SuppressionHit hit(SuppressionReason reason) {
        return new SuppressionHit(reason, "2025-01");
    }
}
