package org.realtycrm.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.StepAction;

class StepRowTest {

    @Test
    void aStepsWaitIsShownInTheLargestWholeUnitAndSentInMinutes() {
        StepRow twoDays = StepRow.of(new CampaignFacts.Step(1, 1, StepAction.SMS, 2 * 24 * 60, 7L, null));
        StepRow ninetyMinutes = StepRow.of(new CampaignFacts.Step(2, 2, StepAction.TASK, 90, null, "Call them"));
        StepRow threeHours = StepRow.of(new CampaignFacts.Step(3, 3, StepAction.TASK, 180, null, "Call again"));

        assertThat(twoDays.getDelayAmount()).isEqualTo(2);
        assertThat(twoDays.getDelayUnit()).isEqualTo(DelayUnit.DAYS);
        assertThat(ninetyMinutes.getDelayUnit()).isEqualTo(DelayUnit.MINUTES);
        assertThat(threeHours.getDelayAmount()).isEqualTo(3);
        assertThat(threeHours.getDelayUnit()).isEqualTo(DelayUnit.HOURS);
        assertThat(twoDays.input()).isEqualTo(new Campaigns.StepInput(StepAction.SMS, 2880, 7L, null));
        assertThat(threeHours.input()).isEqualTo(new Campaigns.StepInput(StepAction.TASK, 180, null, "Call again"));
    }

    @Test
    void aNewStepIsATextWithoutWaitAndNoAmountIsNoWait() {
        StepRow row = new StepRow();
        assertThat(row.input()).isEqualTo(new Campaigns.StepInput(StepAction.SMS, 0, null, null));

        row.setDelayAmount(null);
        assertThat(row.input().delayMinutes()).isNull();
    }

    @Test
    void anotherActionDropsTheTemplateOfTheOtherChannelAndOnlyMessagesSendOne() {
        StepRow row = StepRow.of(new CampaignFacts.Step(1, 1, StepAction.EMAIL, 0, 7L, "subject line test"));
        row.setAction(StepAction.EMAIL);
        assertThat(row.getTemplateId()).isEqualTo(7L);

        row.setAction(StepAction.SMS);
        assertThat(row.getTemplateId()).isNull();

        row.setTemplateId(9L);
        row.setAction(StepAction.TASK);
        row.setTemplateId(9L);
        assertThat(row.isMessage()).isFalse();
        assertThat(row.input().templateId()).as("a task sends no template, whatever the form held").isNull();
    }

    @Test
    void aWaitTooLongForAnIntIsLeftForTheBoundaryToRefuse() {
        StepRow row = new StepRow();
        row.setDelayUnit(DelayUnit.DAYS);
        row.setDelayAmount(Integer.MAX_VALUE);

        assertThat(row.input().delayMinutes()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aWaitInWords() {
        assertThat(DelayUnit.words(0)).isEqualTo("no wait");
        assertThat(DelayUnit.words(1)).isEqualTo("1 minute");
        assertThat(DelayUnit.words(60)).isEqualTo("1 hour");
        assertThat(DelayUnit.words(24 * 60 * 3)).isEqualTo("3 days");
        assertThat(DelayUnit.words(95)).isEqualTo("95 minutes");
    }
}
