package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LeadProfileTest {

    @Test
    void tidiesWhatItIsGiven() {
        LeadProfile profile = new LeadProfile(LeadType.SELLER, " 78701-1234 ", "  San   Marcos ",
                new BigDecimal("450000.50"), " ES ");

        assertThat(profile.postalCode()).isEqualTo("78701-1234");
        assertThat(profile.city()).isEqualTo("San Marcos");
        assertThat(profile.language()).isEqualTo("es");
        assertThat(new LeadProfile(null, "k1a 0b1", " ", null, "").postalCode()).as("a Canadian code")
                .isEqualTo("K1A 0B1");
        assertThat(new LeadProfile(null, null, " ", null, "").city()).isNull();
    }

    @Test
    void refusesWhatIsNotAPostalCodeALanguageOrAPrice() {
        assertThat(rejectedField(() -> new LeadProfile(null, "7", null, null, null)).field()).isEqualTo("postalCode");
        assertThat(rejectedField(() -> new LeadProfile(null, "78701;DROP", null, null, null)).field())
                .isEqualTo("postalCode");
        assertThat(rejectedField(() -> new LeadProfile(null, null, null, null, "spanish")).field())
                .isEqualTo("language");
        assertThat(rejectedField(() -> new LeadProfile(null, null, null, new BigDecimal("-1"), null)).field())
                .isEqualTo("price");
        assertThat(rejectedField(() -> new LeadProfile(null, null, null, new BigDecimal("1.005"), null)).field())
                .isEqualTo("price");
        assertThat(rejectedField(() -> new LeadProfile(null, null, "x".repeat(81), null, null)).field())
                .isEqualTo("city");
    }

    @Test
    void aLeadKeepsItsProfileAndARouteSaysHowItWent() {
        Lead lead = TestLeads.lead();
        lead.changeProfile(new LeadProfile(LeadType.BUYER, "78704", "Austin", new BigDecimal("500000"), "en"));

        assertThat(lead.profile().city()).isEqualTo("Austin");
        assertThat(LeadFacts.of(lead).profile().type()).isEqualTo(LeadType.BUYER);
        assertThat(LeadRoute.NOWHERE.words()).isEqualTo("unassigned (no agent on duty)");
        assertThat(new LeadRoute(TestUsers.agent(7), null, null, null).words()).isEqualTo("routed round-robin");
    }
}
