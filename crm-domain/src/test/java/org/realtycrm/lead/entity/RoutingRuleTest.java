package org.realtycrm.lead.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class RoutingRuleTest {

    private static RoutingRuleDraft draft(List<String> sources, List<String> prefixes, List<String> cities,
            List<LeadType> types, List<String> languages, String min, String max) {
        return new RoutingRuleDraft("Rule", true, sources, prefixes, cities, types, languages,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), RoutingTarget.AGENT,
                7L, null, null);
    }

    private static LeadFacts lead(String source, LeadType type, String postalCode, String city, String price,
            String language) {
        return new LeadFacts(source, new LeadProfile(type, postalCode, city, price == null ? null
                : new BigDecimal(price), language));
    }

    @Test
    void anEmptyRuleHoldsForEveryLeadAndSaysSo() {
        RoutingRule everyone = new RoutingRule(draft(null, null, null, null, null, null, null), 1);

        assertThat(everyone.matches(lead(null, null, null, null, null, null))).isTrue();
        assertThat(everyone.conditionsInWords()).isEqualTo("every lead");
    }

    @Test
    void everyConditionMustHoldAndEachListIsAnyOf() {
        RoutingRule rule = new RoutingRule(draft(List.of("Zillow", "Website"), List.of("787"), List.of("Austin"),
                List.of(LeadType.BUYER), List.of("ES", "en"), "300000", "600000"), 1);

        assertThat(rule.matches(lead("zillow", LeadType.BUYER, "78704", "AUSTIN", "450000", "es"))).isTrue();
        assertThat(rule.matches(lead("Website ", LeadType.BUYER, "78701-1234", "austin", "300000", "en")))
                .as("ends of the range, source trimmed").isTrue();
        assertThat(rule.matches(lead("Realtor.com", LeadType.BUYER, "78704", "Austin", "450000", "es"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.SELLER, "78704", "Austin", "450000", "es"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.BUYER, "77001", "Austin", "450000", "es"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.BUYER, "78704", "Dallas", "450000", "es"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.BUYER, "78704", "Austin", "600000.01", "es"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.BUYER, "78704", "Austin", "450000", "fr"))).isFalse();
        assertThat(rule.matches(lead("Zillow", LeadType.BUYER, "78704", "Austin", null, "es")))
                .as("a lead without a price does not meet a price condition").isFalse();
        assertThat(rule.conditionsInWords()).isEqualTo("source Zillow or Website; postal code 787…; city Austin; "
                + "buyer; language es or en; price $300,000 to $600,000");
    }

    @Test
    void anInactiveRuleHoldsForNoLead() {
        RoutingRule rule = new RoutingRule(new RoutingRuleDraft("Off", false, null, null, null, null, null, null, null,
                RoutingTarget.POND, 3L, null, null), 1);

        assertThat(rule.matches(lead("Zillow", null, null, null, null, null))).isFalse();
        assertThat(rule.targetId()).isEqualTo(3);
    }

    @Test
    void refusesABadRuleWithEveryProblemAtOnceAndChangesNothing() {
        RoutingRule rule = new RoutingRule(draft(List.of("Zillow"), null, null, null, null, null, null), 1);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> rule.change(
                new RoutingRuleDraft(" ", true, List.of(""), List.of("78*"), null, null, List.of("spanish"),
                        new BigDecimal("9"), new BigDecimal("1"), RoutingTarget.TEAM, null, 0, null)));

        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("name", "sources",
                "postalPrefixes", "languages", "priceMax", "targetId", "contactWithinMinutes");
        assertThat(rule.getName()).isEqualTo("Rule");
        assertThat(rule.getSources()).containsExactly("Zillow");
    }
}
