package org.realtycrm.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.StaleVersionException;

class CampaignFieldsTest {

    @Test
    void aStepsFieldIsShownInItsRowAndAWholeStepsErrorNextToItsAction() {
        assertThat(CampaignFields.steps(new FieldError("steps[2].templateId", "is required for SMS")))
                .isEqualTo(new FieldError("steps:2:templateId", "is required for SMS"));
        assertThat(CampaignFields.steps(new FieldError("steps[0].delayMinutes", "must be between 0 and 525600")))
                .isEqualTo(new FieldError("steps:0:delayAmount", "must be between 0 and 525600"));
        assertThat(CampaignFields.steps(new FieldError("steps[11]", "is required")).field())
                .isEqualTo("steps:11:action");
        assertThat(CampaignFields.steps(new FieldError("steps", "must be at most 50")).field()).isEqualTo("steps");
    }

    @Test
    void theFiltersPathsGoToTheirInputsAndAFieldWithoutAnInputAboveTheFormNamed() {
        assertThat(CampaignFields.settings(new FieldError("filterSource", "must be at most 100 characters")))
                .isEqualTo(new FieldError("filterSource", "must be at most 100 characters"));
        assertThat(CampaignFields.settings(new FieldError("name", "is required")).field()).isEqualTo("name");
        assertThat(CampaignFields.settings(new FieldError("filterPullId", "a drip takes leads as they arrive")))
                .isEqualTo(new FieldError(null, "filterPullId: a drip takes leads as they arrive"));
        assertThat(CampaignFields.template(new FieldError("subjectB", "a text has no subject")).field())
                .isEqualTo("subjectB");
        assertThat(CampaignFields.leads(new FieldError("leadIds[3]", "must be a lead's id")).field())
                .isEqualTo("leadIds");
        assertThat(CampaignFields.above(new FieldError("leadIds", "name at least one lead")))
                .isEqualTo(new FieldError(null, "name at least one lead"));
    }

    @Test
    void someoneElsesChangeIsRecognisedWhereverItIsWrapped() {
        RuntimeException wrapped = new RuntimeException("rolled back",
                new StaleVersionException("campaign", 4L, 2, 3));

        assertThat(CampaignFields.isStale(wrapped)).isTrue();
        assertThat(CampaignFields.isStale(new InvalidInputException(List.of()))).isFalse();
    }

    @Test
    void leadIdsAreTypedAnyWayAndAWordThatIsNoIdIsNamed() {
        assertThat(LeadIds.parse("12, 15 18;#20\n21")).containsExactly(12L, 15L, 18L, 20L, 21L);
        assertThat(LeadIds.parse("  ")).isEmpty();
        assertThat(LeadIds.parse(null)).isEmpty();

        InvalidInputException wrong = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> LeadIds.parse("12, Maria, -3"));
        assertThat(wrong.errors()).containsExactly(new FieldError("leadIds", "not a lead's id: Maria, -3"));
    }
}
