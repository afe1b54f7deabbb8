package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.realtycrm.campaign.entity.Campaign.Filter;
import org.realtycrm.campaign.entity.Campaign.StepDraft;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * A campaign guards its own life: its settings are checked (all wrong fields at once), its steps are edited only as a
 * draft and checked step by step (by path), it is launched from a draft with at least one step, paused only when
 * active, resumed only when paused, and once ended it takes no lead and no change.
 */
class CampaignTest {

    private static final long OWNER = 3L;
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3_600);

    private static final MessageTemplate EMAIL = new MessageTemplate(Channel.EMAIL, OWNER, "Welcome",
            "Welcome, {{firstName}}", null, "Hi {{firstName|there}}");
    private static final MessageTemplate SMS = new MessageTemplate(Channel.SMS, OWNER, "Nudge", null, null,
            "Hi {{firstName}}, any questions?");

    /** The fields refused, by path, when {@code doing} fails. */
    private static Map<String, String> refused(Executable doing) {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThatThrownBy(doing::execute).asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> e.errors().forEach(error -> errors.put(error.field(), error.message())));
        return errors;
    }

    private static Campaign oneOff() {
        return new Campaign(CampaignKind.ONE_OFF, OWNER, "Spring open house", WhenRefused.HOLD, Filter.ANY, true,
                true);
    }

    private static Campaign drip() {
        return new Campaign(CampaignKind.DRIP, OWNER, "New Zillow leads", WhenRefused.DROP,
                new Filter(LeadStatus.NEW, "Zillow", null), true, false);
    }

    private static StepDraft email(int delay) {
        return new StepDraft(StepAction.EMAIL, delay, EMAIL, null);
    }

    private static StepDraft sms(int delay) {
        return new StepDraft(StepAction.SMS, delay, SMS, null);
    }

    private static StepDraft task(String instructions) {
        return new StepDraft(StepAction.TASK, 60, null, instructions);
    }

    private static Campaign withSteps() {
        Campaign campaign = oneOff();
        campaign.replaceSteps(List.of(email(0), sms(1_440)));
        return campaign;
    }

    private static Campaign launched() {
        Campaign campaign = withSteps();
        campaign.launch(NOW);
        return campaign;
    }

    // settings

    @Test
    void a_new_campaign_is_a_draft_with_its_settings() {
        Campaign campaign = new Campaign(CampaignKind.ONE_OFF, OWNER, "  Spring open house ", WhenRefused.DROP,
                new Filter(LeadStatus.QUALIFIED, "  Open house ", 12L), false, true);

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.getKind()).isEqualTo(CampaignKind.ONE_OFF);
        assertThat(campaign.getOwnerId()).isEqualTo(OWNER);
        assertThat(campaign.getName()).isEqualTo("Spring open house");
        assertThat(campaign.getWhenRefused()).isEqualTo(WhenRefused.DROP);
        assertThat(campaign.filter()).isEqualTo(new Filter(LeadStatus.QUALIFIED, "Open house", 12L));
        assertThat(campaign.isExitOnReply()).isFalse();
        assertThat(campaign.isExitOnStatusChange()).isTrue();
        assertThat(campaign.getSteps()).isEmpty();
        assertThat(campaign.getStartedAt()).isNull();
        assertThat(campaign.getEndedAt()).isNull();
        assertThat(campaign.takesLeads()).isTrue();
    }

    @Test
    void no_filter_or_a_blank_source_is_any_lead() {
        Campaign campaign = new Campaign(CampaignKind.DRIP, OWNER, "n", WhenRefused.HOLD, null, true, true);
        assertThat(campaign.filter().isAny()).isTrue();

        campaign.change("n", WhenRefused.HOLD, new Filter(null, "   ", null), true, true);
        assertThat(campaign.filter()).isEqualTo(Filter.ANY);
        assertThat(campaign.filter().isAny()).isTrue();
    }

    @Test
    void a_filter_naming_anything_is_not_any() {
        assertThat(new Filter(LeadStatus.NEW, null, null).isAny()).isFalse();
        assertThat(new Filter(null, "Zillow", null).isAny()).isFalse();
        assertThat(new Filter(null, null, 4L).isAny()).isFalse();
    }

    @Test
    void a_campaign_needs_a_kind() {
        assertThatThrownBy(() -> new Campaign(null, OWNER, "n", WhenRefused.HOLD, Filter.ANY, true, true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    }

    @Test
    void every_wrong_setting_is_reported_at_once() {
        Map<String, String> errors = refused(() -> new Campaign(CampaignKind.DRIP, OWNER, " ", null,
                new Filter(null, "s".repeat(Campaign.MAX_SOURCE + 1), 9L), true, true));

        assertThat(errors).containsOnlyKeys("name", "whenRefused", "filterSource", "filterPullId");
        assertThat(errors.get("name")).isEqualTo("is required");
        assertThat(errors.get("whenRefused")).isEqualTo("is required: HOLD or DROP");
        assertThat(errors.get("filterSource")).isEqualTo("must be at most 100 characters");
    }

    @Test
    void the_name_and_source_limits_hold_after_stripping() {
        Campaign campaign = new Campaign(CampaignKind.ONE_OFF, OWNER, " " + "n".repeat(Campaign.MAX_NAME) + " ",
                WhenRefused.HOLD, new Filter(null, " " + "s".repeat(Campaign.MAX_SOURCE) + " ", null), true, true);

        assertThat(campaign.getName()).hasSize(Campaign.MAX_NAME);
        assertThat(campaign.filter().sourcePrefix()).hasSize(Campaign.MAX_SOURCE);
        assertThat(refused(() -> new Campaign(CampaignKind.ONE_OFF, OWNER, "n".repeat(Campaign.MAX_NAME + 1),
                WhenRefused.HOLD, Filter.ANY, true, true)))
                .containsExactly(Map.entry("name", "must be at most 120 characters"));
    }

    @Test
    void a_drip_refuses_a_list_as_its_audience_and_a_one_off_takes_it() {
        assertThat(refused(() -> new Campaign(CampaignKind.DRIP, OWNER, "n", WhenRefused.HOLD,
                new Filter(null, null, 5L), true, true))).containsOnlyKeys("filterPullId");

        Campaign drip = drip();
        assertThat(refused(() -> drip.change("n", WhenRefused.HOLD, new Filter(null, null, 5L), true, true)))
                .containsOnlyKeys("filterPullId");
        assertThat(drip.filter()).isEqualTo(new Filter(LeadStatus.NEW, "Zillow", null));

        Campaign oneOff = new Campaign(CampaignKind.ONE_OFF, OWNER, "n", WhenRefused.HOLD,
                new Filter(null, null, 5L), true, true);
        assertThat(oneOff.filter().pullId()).isEqualTo(5L);
    }

    @Test
    void a_change_replaces_every_setting() {
        Campaign campaign = drip();

        campaign.change(" Renamed ", WhenRefused.HOLD, new Filter(LeadStatus.NURTURE, "Trulia", null), false, true);

        assertThat(campaign.getName()).isEqualTo("Renamed");
        assertThat(campaign.getWhenRefused()).isEqualTo(WhenRefused.HOLD);
        assertThat(campaign.filter()).isEqualTo(new Filter(LeadStatus.NURTURE, "Trulia", null));
        assertThat(campaign.isExitOnReply()).isFalse();
        assertThat(campaign.isExitOnStatusChange()).isTrue();
        assertThat(campaign.getKind()).isEqualTo(CampaignKind.DRIP);
    }

    @Test
    void a_refused_change_leaves_the_settings_as_they_were() {
        Campaign campaign = drip();

        refused(() -> campaign.change("Renamed", null, Filter.ANY, false, true));

        assertThat(campaign.getName()).isEqualTo("New Zillow leads");
        assertThat(campaign.getWhenRefused()).isEqualTo(WhenRefused.DROP);
        assertThat(campaign.filter()).isEqualTo(new Filter(LeadStatus.NEW, "Zillow", null));
        assertThat(campaign.isExitOnReply()).isTrue();
    }

    @Test
    void a_running_or_paused_campaign_may_change_its_settings() {
        Campaign campaign = launched();
        campaign.change("Running", WhenRefused.DROP, Filter.ANY, true, true);
        assertThat(campaign.getName()).isEqualTo("Running");

        campaign.pause();
        campaign.change("Paused", WhenRefused.DROP, Filter.ANY, true, true);
        assertThat(campaign.getName()).isEqualTo("Paused");
    }

    @Test
    void an_ended_campaign_cannot_be_changed() {
        Campaign campaign = launched();
        campaign.end(LATER);

        assertThatThrownBy(() -> campaign.change("Renamed", WhenRefused.DROP, Filter.ANY, true, true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ENDED");
        assertThat(campaign.getName()).isEqualTo("Spring open house");
    }

    // steps

    @Test
    void steps_are_numbered_from_one_in_the_order_given() {
        Campaign campaign = oneOff();

        campaign.replaceSteps(List.of(email(0), sms(1_440), task("  Call them  "),
                new StepDraft(StepAction.DIRECT_MAIL, 10_080, null, "Postcard: spring market")));

        List<CampaignStep> steps = campaign.getSteps();
        assertThat(steps).extracting(CampaignStep::getPosition).containsExactly(1, 2, 3, 4);
        assertThat(steps).extracting(CampaignStep::getAction)
                .containsExactly(StepAction.EMAIL, StepAction.SMS, StepAction.TASK, StepAction.DIRECT_MAIL);
        assertThat(steps).extracting(CampaignStep::getDelayMinutes).containsExactly(0, 1_440, 60, 10_080);
        assertThat(steps).extracting(CampaignStep::getTemplate).containsExactly(EMAIL, SMS, null, null);
        assertThat(steps).extracting(CampaignStep::getInstructions)
                .containsExactly(null, null, "Call them", "Postcard: spring market");
        assertThat(steps).extracting(CampaignStep::getCampaign).containsOnly(campaign);
    }

    @Test
    void a_template_on_a_step_that_sends_none_is_dropped() {
        Campaign campaign = oneOff();

        campaign.replaceSteps(List.of(new StepDraft(StepAction.TASK, 0, EMAIL, "Call"),
                new StepDraft(StepAction.DIRECT_MAIL, 0, SMS, null)));

        assertThat(campaign.getSteps()).extracting(CampaignStep::getTemplate).containsExactly(null, null);
    }

    @Test
    void blank_instructions_are_none() {
        Campaign campaign = oneOff();

        campaign.replaceSteps(List.of(new StepDraft(StepAction.EMAIL, 0, EMAIL, "  "),
                new StepDraft(StepAction.DIRECT_MAIL, 0, null, "")));

        assertThat(campaign.getSteps()).extracting(CampaignStep::getInstructions).containsExactly(null, null);
    }

    @Test
    void new_steps_replace_the_old_ones() {
        Campaign campaign = withSteps();

        campaign.replaceSteps(List.of(task("Call")));

        assertThat(campaign.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getPosition()).isEqualTo(1);
            assertThat(step.getAction()).isEqualTo(StepAction.TASK);
        });
        campaign.replaceSteps(List.of());
        assertThat(campaign.getSteps()).isEmpty();
    }

    @Test
    void the_steps_given_out_cannot_be_edited() {
        Campaign campaign = withSteps();

        assertThatThrownBy(() -> campaign.getSteps().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(campaign.getSteps()).hasSize(2);
    }

    @Test
    void the_shortest_and_longest_delays_are_taken_and_one_beyond_is_refused() {
        Campaign campaign = oneOff();
        campaign.replaceSteps(List.of(email(0), email(CampaignStep.MAX_DELAY_MINUTES)));
        assertThat(campaign.getSteps()).extracting(CampaignStep::getDelayMinutes)
                .containsExactly(0, 525_600);

        assertThat(refused(() -> campaign.replaceSteps(List.of(email(-1), email(0),
                email(CampaignStep.MAX_DELAY_MINUTES + 1)))))
                .containsOnlyKeys("steps[0].delayMinutes", "steps[2].delayMinutes")
                .containsEntry("steps[0].delayMinutes", "must be between 0 and 525600 (a year)");
    }

    @Test
    void a_step_without_an_action_is_reported_by_its_path() {
        Map<String, String> errors = refused(() -> oneOff().replaceSteps(List.of(email(0),
                new StepDraft(null, -5, null, null))));

        // the other checks depend on the action: only the action is reported
        assertThat(errors).containsOnlyKeys("steps[1].action");
        assertThat(errors.get("steps[1].action")).isEqualTo("is required: [EMAIL, SMS, TASK, DIRECT_MAIL]");
    }

    @Test
    void a_message_step_needs_a_template() {
        Map<String, String> errors = refused(() -> oneOff().replaceSteps(List.of(
                new StepDraft(StepAction.EMAIL, 0, null, null), new StepDraft(StepAction.SMS, 0, null, null))));

        assertThat(errors).containsExactly(Map.entry("steps[0].templateId", "is required for EMAIL"),
                Map.entry("steps[1].templateId", "is required for SMS"));
    }

    @Test
    void a_message_step_needs_a_template_of_its_own_channel() {
        Map<String, String> errors = refused(() -> oneOff().replaceSteps(List.of(
                new StepDraft(StepAction.EMAIL, 0, SMS, null), new StepDraft(StepAction.SMS, 0, EMAIL, null))));

        assertThat(errors).containsExactly(
                Map.entry("steps[0].templateId", "is a SMS template; the step sends EMAIL"),
                Map.entry("steps[1].templateId", "is a EMAIL template; the step sends SMS"));
    }

    @Test
    void a_task_needs_instructions_and_a_letter_does_not() {
        Map<String, String> errors = refused(() -> oneOff().replaceSteps(List.of(task(null), task("   "),
                new StepDraft(StepAction.DIRECT_MAIL, 0, null, null))));

        assertThat(errors).containsExactly(
                Map.entry("steps[0].instructions", "is required: what the agent is to do"),
                Map.entry("steps[1].instructions", "is required: what the agent is to do"));
    }

    @Test
    void instructions_are_at_most_their_limit_on_any_step() {
        String longest = "i".repeat(CampaignStep.MAX_INSTRUCTIONS);
        Campaign campaign = oneOff();
        campaign.replaceSteps(List.of(task(" " + longest + " ")));
        assertThat(campaign.getSteps().get(0).getInstructions()).isEqualTo(longest);

        assertThat(refused(() -> campaign.replaceSteps(List.of(task(longest + "i"),
                new StepDraft(StepAction.DIRECT_MAIL, 0, null, longest + "i")))))
                .containsExactly(Map.entry("steps[0].instructions", "must be at most 500 characters"),
                        Map.entry("steps[1].instructions", "must be at most 500 characters"));
    }

    @Test
    void every_wrong_step_is_reported_at_once_each_by_its_path() {
        Map<String, String> errors = refused(() -> oneOff().replaceSteps(List.of(
                email(0),
                new StepDraft(StepAction.SMS, -1, EMAIL, null),
                task(""),
                new StepDraft(null, 0, null, null))));

        assertThat(errors).containsOnlyKeys("steps[1].delayMinutes", "steps[1].templateId",
                "steps[2].instructions", "steps[3].action");
    }

    @Test
    void at_most_fifty_steps() {
        Campaign campaign = oneOff();
        campaign.replaceSteps(Collections.nCopies(Campaign.MAX_STEPS, email(0)));
        assertThat(campaign.getSteps()).hasSize(50);
        assertThat(campaign.step(50).getPosition()).isEqualTo(50);

        List<StepDraft> tooMany = new ArrayList<>(Collections.nCopies(Campaign.MAX_STEPS + 1, email(0)));
        assertThat(refused(() -> campaign.replaceSteps(tooMany)))
                .containsExactly(Map.entry("steps", "must be at most 50"));
    }

    @Test
    void refused_steps_leave_the_steps_as_they_were() {
        Campaign campaign = withSteps();
        List<CampaignStep> before = List.copyOf(campaign.getSteps());

        refused(() -> campaign.replaceSteps(List.of(task(null))));

        assertThat(campaign.getSteps()).containsExactlyElementsOf(before);
    }

    @Test
    void the_steps_are_fixed_once_launched_paused_or_ended() {
        Campaign campaign = launched();
        assertThatThrownBy(() -> campaign.replaceSteps(List.of(task("Call"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ACTIVE");

        campaign.pause();
        assertThatThrownBy(() -> campaign.replaceSteps(List.of(task("Call"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PAUSED");

        campaign.end(LATER);
        assertThatThrownBy(() -> campaign.replaceSteps(List.of(task("Call"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ENDED");

        assertThat(campaign.getSteps()).extracting(CampaignStep::getAction)
                .containsExactly(StepAction.EMAIL, StepAction.SMS);
    }

    @Test
    void a_launched_campaign_refuses_even_steps_that_are_wrong_as_a_conflict() {
        // the state is checked before the steps: a client is told to copy the campaign, not to fix the steps
        Campaign campaign = launched();

        assertThatThrownBy(() -> campaign.replaceSteps(List.of(task(null)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void step_finds_a_step_by_its_position_from_one() {
        Campaign campaign = withSteps();

        assertThat(campaign.step(1).getAction()).isEqualTo(StepAction.EMAIL);
        assertThat(campaign.step(2).getAction()).isEqualTo(StepAction.SMS);
        assertThat(campaign.step(0)).isNull();
        assertThat(campaign.step(3)).isNull();
        assertThat(campaign.step(-1)).isNull();
        assertThat(oneOff().step(1)).isNull();
    }

    // life

    @Test
    void a_draft_with_steps_is_launched_and_remembers_when() {
        Campaign campaign = withSteps();

        campaign.launch(NOW);

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaign.getStartedAt()).isEqualTo(NOW);
        assertThat(campaign.getEndedAt()).isNull();
        assertThat(campaign.takesLeads()).isTrue();
    }

    @Test
    void a_campaign_without_steps_is_not_launched() {
        Campaign campaign = oneOff();

        assertThat(refused(() -> campaign.launch(NOW)))
                .containsExactly(Map.entry("steps", "a campaign needs at least one step to be launched"));
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.getStartedAt()).isNull();
    }

    @Test
    void only_a_draft_is_launched() {
        Campaign campaign = launched();

        assertThatThrownBy(() -> campaign.launch(LATER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a draft is launched");
        assertThat(campaign.getStartedAt()).isEqualTo(NOW);

        campaign.pause();
        assertThatThrownBy(() -> campaign.launch(LATER)).isInstanceOf(ConflictException.class);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PAUSED);

        campaign.end(LATER);
        assertThatThrownBy(() -> campaign.launch(LATER)).isInstanceOf(ConflictException.class);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ENDED);
    }

    @Test
    void an_active_campaign_is_paused_and_resumed() {
        Campaign campaign = launched();

        campaign.pause();
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(campaign.takesLeads()).isTrue();

        campaign.resume();
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaign.getStartedAt()).isEqualTo(NOW);
    }

    @Test
    void only_an_active_campaign_is_paused() {
        Campaign draft = withSteps();
        assertThatThrownBy(draft::pause).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only an active campaign is paused");
        assertThat(draft.getStatus()).isEqualTo(CampaignStatus.DRAFT);

        Campaign paused = launched();
        paused.pause();
        assertThatThrownBy(paused::pause).isInstanceOf(ConflictException.class);

        Campaign ended = launched();
        ended.end(LATER);
        assertThatThrownBy(ended::pause).isInstanceOf(ConflictException.class);
        assertThat(ended.getStatus()).isEqualTo(CampaignStatus.ENDED);
    }

    @Test
    void only_a_paused_campaign_is_resumed() {
        Campaign draft = withSteps();
        assertThatThrownBy(draft::resume).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a paused campaign is resumed");
        assertThat(draft.getStatus()).isEqualTo(CampaignStatus.DRAFT);

        Campaign active = launched();
        assertThatThrownBy(active::resume).isInstanceOf(ConflictException.class);
        assertThat(active.getStatus()).isEqualTo(CampaignStatus.ACTIVE);

        Campaign ended = launched();
        ended.pause();
        ended.end(LATER);
        assertThatThrownBy(ended::resume).isInstanceOf(ConflictException.class);
        assertThat(ended.getStatus()).isEqualTo(CampaignStatus.ENDED);
    }

    @Test
    void an_active_campaign_ends_keeping_its_start() {
        Campaign campaign = launched();

        campaign.end(LATER);

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ENDED);
        assertThat(campaign.getStartedAt()).isEqualTo(NOW);
        assertThat(campaign.getEndedAt()).isEqualTo(LATER);
        assertThat(campaign.takesLeads()).isFalse();
    }

    @Test
    void a_paused_campaign_ends() {
        Campaign campaign = launched();
        campaign.pause();

        campaign.end(LATER);

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ENDED);
        assertThat(campaign.getStartedAt()).isEqualTo(NOW);
        assertThat(campaign.getEndedAt()).isEqualTo(LATER);
    }

    @Test
    void a_draft_that_ends_ran_for_no_time_at_all() {
        Campaign campaign = oneOff();

        campaign.end(LATER);

        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ENDED);
        assertThat(campaign.getStartedAt()).isEqualTo(LATER);
        assertThat(campaign.getEndedAt()).isEqualTo(LATER);
    }

    @Test
    void an_ended_campaign_does_not_end_again() {
        Campaign campaign = launched();
        campaign.end(LATER);

        assertThatThrownBy(() -> campaign.end(LATER.plusSeconds(60))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ENDED");
        assertThat(campaign.getEndedAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = "ENDED", mode = EnumSource.Mode.EXCLUDE)
    void a_campaign_takes_leads_until_it_ends(CampaignStatus status) {
        Campaign campaign = withSteps();
        switch (status) {
            case DRAFT -> { }
            case ACTIVE -> campaign.launch(NOW);
            case PAUSED -> {
                campaign.launch(NOW);
                campaign.pause();
            }
            default -> throw new IllegalArgumentException(status.name());
        }

        assertThat(campaign.getStatus()).isEqualTo(status);
        assertThat(campaign.takesLeads()).isTrue();
        campaign.end(LATER);
        assertThat(campaign.takesLeads()).isFalse();
    }
}
