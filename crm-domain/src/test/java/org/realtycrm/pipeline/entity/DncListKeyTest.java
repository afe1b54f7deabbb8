package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class DncListKeyTest {

    @Test
    void reads_the_lists_as_people_type_them() {
        assertThat(DncListKey.parse(" Federal ")).isEqualTo(DncListKey.FEDERAL);
        assertThat(DncListKey.parse("LITIGATOR")).isEqualTo(DncListKey.LITIGATOR);
        assertThat(DncListKey.parse("state-tx").value()).isEqualTo("state:TX");
        assertThat(DncListKey.parse("State:Fl").value()).isEqualTo("state:FL");
    }

    @Test
    void refuses_any_other_list() {
        for (String wrong : new String[] {"county:XY", "state:TEX", "state:", "", "internal"}) {
            assertThatThrownBy(() -> DncListKey.parse(wrong)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void each_list_names_its_reason() {
        assertThat(DncListKey.FEDERAL.reason()).isEqualTo(SuppressionReason.FEDERAL_DNC);
        assertThat(DncListKey.LITIGATOR.reason()).isEqualTo(SuppressionReason.LITIGATOR);
        assertThat(DncListKey.parse("state:TX").reason()).isEqualTo(SuppressionReason.STATE_DNC);
    }
}
