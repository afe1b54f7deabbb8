package org.realtycrm.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.problem.InvalidInputException;

class EnumsTest {

    @Test
    void readsNamesWhateverTheirCaseAndNoValueAsNothing() {
        assertThat(Enums.parse("status", LeadStatus.class, " under_contract ")).isEqualTo(LeadStatus.UNDER_CONTRACT);
        assertThat(Enums.parse("status", LeadStatus.class, null)).isNull();
    }

    @Test
    void anEmptyValueSentInABodyIsRefusedNotTakenForTheDefault() {
        assertThatThrownBy(() -> Enums.parse("status", LeadStatus.class, ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("status");
                            assertThat(error.message()).startsWith("must be one of");
                        }));
        assertThatThrownBy(() -> Enums.parse("status", LeadStatus.class, "  "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEmptyQueryFilterFiltersNothing() {
        assertThat(Enums.parseFilter("role", LeadStatus.class, "")).isNull();
        assertThat(Enums.parseFilter("role", LeadStatus.class, "new")).isEqualTo(LeadStatus.NEW);
        assertThat(Enums.parseAll("status", LeadStatus.class, List.of("", "NEW,"))).containsExactly(LeadStatus.NEW);
    }

    @Test
    void anUnknownValueIsAFieldErrorListingTheAllowedOnes() {
        assertThatThrownBy(() -> Enums.parse("status", LeadStatus.class, "SOLD"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("status");
                        assertThat(error.message()).contains("NEW", "UNDER_CONTRACT", "LOST");
                    });
                });
    }

    @Test
    void repeatedAndCommaSeparatedValuesAreBothAccepted() {
        assertThat(Enums.parseAll("status", LeadStatus.class, List.of("NEW,contacted", "QUALIFIED")))
                .containsExactlyInAnyOrder(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED);
        assertThat(Enums.parseAll("status", LeadStatus.class, null)).isEmpty();
    }
}
