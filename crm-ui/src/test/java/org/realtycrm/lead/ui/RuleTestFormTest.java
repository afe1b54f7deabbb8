package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class RuleTestFormTest {

    @Test
    void theSampleLeadIsWhatWasTypedTidiedAsALeadIs() {
        RuleTestForm form = new RuleTestForm();
        form.setSource("  Zillow ");
        form.setLeadType(LeadType.SELLER);
        form.setPostalCode("78701-1234");
        form.setCity(" Round   Rock ");
        form.setPrice(new BigDecimal("650000"));
        form.setLanguage("ES");

        LeadFacts facts = form.facts();

        assertThat(facts.source()).isEqualTo("Zillow");
        assertThat(facts.profile().type()).isEqualTo(LeadType.SELLER);
        assertThat(facts.profile().postalCode()).isEqualTo("78701-1234");
        assertThat(facts.profile().city()).isEqualTo("Round Rock");
        assertThat(facts.profile().price()).isEqualByComparingTo("650000");
        assertThat(facts.profile().language()).isEqualTo("es");
    }

    @Test
    void anythingLeftEmptyIsNotKnownAsOnALeadWithoutIt() {
        LeadFacts facts = new RuleTestForm().facts();

        assertThat(facts.source()).isNull();
        assertThat(facts.profile().type()).isNull();
        assertThat(facts.profile().postalCode()).isNull();
        assertThat(facts.profile().language()).isNull();
    }

    @Test
    void whatNoLeadCouldHoldIsRefusedNextToItsInput() {
        RuleTestForm form = new RuleTestForm();
        form.setPostalCode("7*");

        FieldError refused = catchThrowableOfType(InvalidInputException.class, form::facts).errors().get(0);

        assertThat(refused.field()).isEqualTo("postalCode");
        assertThat(PageInputs.of("routing.xhtml", RuleTestPanel.FORM))
                .contains("source", "leadType", "postalCode", "city", "price", "language");
    }
}
