package org.realtycrm.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.campaign.entity.StepAction;

class SendWordsTest {

    private static final ZoneId OURS = ZoneId.of("America/New_York");
    private static final Instant CHICAGO_MORNING = Instant.parse("2026-01-15T14:00:00Z");
    private static final Function<Instant, String> CLOCK = Instant::toString;
    private static final Refusal QUIET = new Refusal(RefusalReason.QUIET_HOURS,
            "07:30 in America/Chicago is outside 08:00–21:00", CHICAGO_MORNING, ZoneId.of("America/Chicago"));
    private static final Refusal OPTED_OUT = new Refusal(RefusalReason.INTERNAL_DNC, "INTERNAL_DNC (internal)", null);

    private static String json(Refusal... refusals) {
        return new GateVerdict("+15015550100", Channel.SMS, CHICAGO_MORNING, List.of(refusals)).refusalsJson();
    }

    @Test
    void aSendsStatusInAFewWords() {
        assertThat(SendWords.status(SendStatus.SENT, StepAction.SMS, null, null, CLOCK)).isEqualTo("Sent");
        assertThat(SendWords.status(SendStatus.SENT, StepAction.TASK, null, null, CLOCK))
                .isEqualTo("Task set for the agent");
        assertThat(SendWords.status(SendStatus.HELD, StepAction.SMS, CHICAGO_MORNING, null, CLOCK))
                .isEqualTo("Held until 2026-01-15T14:00:00Z");
        assertThat(SendWords.status(SendStatus.MAILED, StepAction.DIRECT_MAIL, null, 12L, CLOCK))
                .isEqualTo("Mailed in batch 12");
        assertThat(SendWords.status(SendStatus.REFUSED, StepAction.SMS, null, null, CLOCK)).isEqualTo("Not sent");
    }

    @Test
    void whyGivesEveryReasonOfTheGateWithItsDetailAndNotTheNoteThatRepeatsThem() {
        assertThat(SendWords.why(SendStatus.REFUSED, json(OPTED_OUT, QUIET),
                "refused by the compliance gate: INTERNAL_DNC, QUIET_HOURS", OURS)).containsExactly(
                "asked not to be contacted (INTERNAL_DNC (internal))",
                "outside calling hours (may go at 08:00 CST) (07:30 in America/Chicago is outside 08:00–21:00)");
    }

    @Test
    void withoutTheGatesReasonsTheNoteSaysWhy() {
        assertThat(SendWords.why(SendStatus.FAILED, null, "21211: invalid 'To' number", OURS))
                .containsExactly("21211: invalid 'To' number");
        assertThat(SendWords.why(SendStatus.REFUSED, null, "the number had replied STOP to our sender", OURS))
                .containsExactly("the number had replied STOP to our sender");
        assertThat(SendWords.why(SendStatus.HELD, json(QUIET), null, OURS)).hasSize(1);
        assertThat(SendWords.why(SendStatus.SENT, null, null, OURS)).isEmpty();
    }

    @Test
    void theToneOfEachStatus() {
        assertThat(SendWords.tone(SendStatus.SENT)).isEqualTo("sent");
        assertThat(SendWords.tone(SendStatus.HELD)).isEqualTo("waiting");
        assertThat(SendWords.tone(SendStatus.REFUSED)).isEqualTo("refused");
        assertThat(SendWords.tone(SendStatus.FAILED)).isEqualTo("failed");
    }
}
