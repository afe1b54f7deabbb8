package org.realtycrm.lead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

class RoutingRuleFormTest {

    static RoutingRule rule(RoutingRuleDraft draft, long id) {
        return new RoutingRule(draft, 3) {
            @Override
            public Long getId() {
                return id;
            }
        };
    }

    @Test
    void theListsAsTypedBecomeTheRulesConditions() {
        RoutingRuleForm form = RoutingRuleForm.blank();
        form.setName("Spanish speakers in Austin");
        form.setSources("Zillow, Realtor.com");
        form.setPostalPrefixes("787, 78613");
        form.setCities("Austin, Round Rock");
        form.setLanguages("es");
        form.setLeadTypes(new LeadType[] {LeadType.BUYER, LeadType.INVESTOR});
        form.setPriceMin(new BigDecimal("300000"));
        form.setTarget(RoutingTarget.TEAM);
        form.setTargetId(4L);
        form.setContactWithinMinutes(15);
        form.setMissPondId(9L);

        RoutingRuleDraft draft = form.draft();

        assertThat(draft.active()).as("a new rule is active unless unticked").isTrue();
        assertThat(draft.sources()).containsExactly("Zillow", "Realtor.com");
        assertThat(draft.postalPrefixes()).containsExactly("787", "78613");
        assertThat(draft.cities()).containsExactly("Austin", "Round Rock");
        assertThat(draft.languages()).containsExactly("es");
        assertThat(draft.leadTypes()).containsExactly(LeadType.BUYER, LeadType.INVESTOR);
        assertThat(draft.priceMin()).isEqualByComparingTo("300000");
        assertThat(draft.priceMax()).isNull();
        assertThat(draft.target()).isEqualTo(RoutingTarget.TEAM);
        assertThat(draft.targetId()).isEqualTo(4L);
        assertThat(draft.contactWithinMinutes()).isEqualTo(15);
        assertThat(draft.missPondId()).isEqualTo(9L);
        assertThat(new RoutingRule(draft, 1).conditionsInWords())
                .isEqualTo("source Zillow or Realtor.com; postal code 787…, 78613…; city Austin or Round Rock; "
                        + "buyer or investor; language es; price from $300,000");
    }

    @Test
    void emptyInputsAreConditionsThatHoldForEveryLead() {
        RoutingRuleForm form = RoutingRuleForm.blank();
        form.setName("Everyone");
        form.setLeadTypes(null);
        form.setTargetId(2L);

        RoutingRuleDraft draft = form.draft();

        assertThat(draft.sources()).isEmpty();
        assertThat(draft.leadTypes()).isEmpty();
        assertThat(new RoutingRule(draft, 1).conditionsInWords()).isEqualTo("every lead");
    }

    @Test
    void aSavedRuleIsShownAsItWouldBeTypedAndSavedUnchanged() {
        RoutingRuleDraft saved = new RoutingRuleDraft("Sellers", false, List.of("Zillow", "Trulia"), List.of("787"),
                List.of(), List.of(LeadType.SELLER), List.of("es", "pt"), null, new BigDecimal("900000"),
                RoutingTarget.POND, 5L, 30, 6L);

        RoutingRuleForm form = RoutingRuleForm.of(rule(saved, 21L));

        assertThat(form.isNew()).isFalse();
        assertThat(form.getId()).isEqualTo(21L);
        assertThat(form.getSources()).isEqualTo("Zillow, Trulia");
        assertThat(form.getCities()).isNull();
        assertThat(form.getLanguages()).isEqualTo("es, pt");
        assertThat(form.getLeadTypes()).containsExactly(LeadType.SELLER);
        assertThat(form.getTargetId()).isEqualTo(5L);
        assertThat(form.draft()).isEqualTo(saved);
    }

    @Test
    void anotherKindOfTargetForgetsTheIdChosenForTheFirst() {
        RoutingRuleForm form = RoutingRuleForm.blank();
        form.setTargetId(8L);
        form.setTarget(RoutingTarget.POND);

        form.targetChanged();

        assertThat(form.getTargetId()).isNull();
    }

    @Test
    void everyFieldTheRuleRefusesHasItsInputInTheDialog() {
        List<FieldError> errors = new ArrayList<>();
        RoutingRuleForm wrongEverywhere = RoutingRuleForm.blank();
        wrongEverywhere.setName(" ");
        wrongEverywhere.setSources("x".repeat(65));
        wrongEverywhere.setPostalPrefixes("78*");
        wrongEverywhere.setCities("y".repeat(81));
        wrongEverywhere.setLanguages("spanish");
        wrongEverywhere.setPriceMin(new BigDecimal("-1"));
        wrongEverywhere.setPriceMax(new BigDecimal("-2"));
        wrongEverywhere.setContactWithinMinutes(0);
        wrongEverywhere.setTarget(null);
        errors.addAll(refusal(wrongEverywhere));
        RoutingRuleForm noTargetId = RoutingRuleForm.blank();
        noTargetId.setName("Nobody named");
        errors.addAll(refusal(noTargetId));

        // what the boundary checks besides: the named agent, team or pond, and the pond for a missed contact
        Stream<String> fields = Stream.concat(errors.stream().map(FieldError::field),
                Stream.of("targetId", "missPondId", "leadTypes"));

        assertThat(errors).extracting(FieldError::field).contains("name", "sources", "postalPrefixes", "cities",
                "languages", "priceMin", "priceMax", "contactWithinMinutes", "target", "targetId");
        assertThat(PageInputs.of("routing.xhtml", RoutingScreen.RULE_FORM)).containsAll(fields.toList());
    }

    private static List<FieldError> refusal(RoutingRuleForm form) {
        return catchThrowableOfType(InvalidInputException.class, () -> new RoutingRule(form.draft(), 1)).errors();
    }
}
