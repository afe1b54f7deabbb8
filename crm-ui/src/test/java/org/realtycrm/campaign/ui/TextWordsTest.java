package org.realtycrm.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.TextStatus;

class TextWordsTest {

    private static final ZoneId OURS = ZoneId.of("America/New_York");
    /** 08:00 in Chicago on a winter morning: 14:00 UTC. */
    private static final Instant CHICAGO_MORNING = Instant.parse("2026-01-15T14:00:00Z");
    private static final Refusal QUIET = new Refusal(RefusalReason.QUIET_HOURS,
            "07:30 in America/Chicago is outside 08:00–21:00; allowed from " + CHICAGO_MORNING, CHICAGO_MORNING,
            ZoneId.of("America/Chicago"));
    private static final Refusal OPTED_OUT = new Refusal(RefusalReason.INTERNAL_DNC, "INTERNAL_DNC (internal)", null);

    @Test
    void theWarningGivesEveryReasonAndTheRecipientsLocalTimeItMayGoAt() {
        assertThat(TextWords.notSent(List.of(OPTED_OUT, QUIET), OURS)).isEqualTo(
                "Not sent: asked not to be contacted; outside calling hours in their time zone; may go at 08:00 CST");
        assertThat(TextWords.notSent(List.of(new Refusal(RefusalReason.FEDERAL_DNC, "FEDERAL_DNC (2026-01-14)",
                null)), OURS)).isEqualTo("Not sent: on the National Do Not Call Registry");
    }

    @Test
    void aConversationLineSaysHowOurTextFared() {
        assertThat(TextWords.status(TextStatus.RECORDED, null, null, List.of(), OURS)).isEqualTo("Kept");
        assertThat(TextWords.status(TextStatus.SENT, null, null, List.of(), OURS)).isEqualTo("Sent");
        assertThat(TextWords.status(TextStatus.SENT, "delivered", null, List.of(), OURS))
                .isEqualTo("Sent · delivered");
        assertThat(TextWords.status(TextStatus.FAILED, null, "21211: invalid 'To' number", List.of(), OURS))
                .isEqualTo("Failed: 21211: invalid 'To' number");
        assertThat(TextWords.status(TextStatus.FAILED, null, null, List.of(), OURS)).isEqualTo("Failed");
        assertThat(TextWords.status(TextStatus.REFUSED, null, null, List.of(QUIET), OURS))
                .isEqualTo("Not sent: outside calling hours (may go at 08:00 CST)");
    }

    @Test
    void refusalsAreReadAsTheRefusedTextsRecordKeepsThem() {
        String json = new GateVerdict("+15015550100", Channel.SMS, CHICAGO_MORNING, List.of(OPTED_OUT, QUIET))
                .refusalsJson();

        assertThat(TextWords.refusals(json)).containsExactly(OPTED_OUT, QUIET);
        assertThat(TextWords.refusals(null)).isEmpty();
    }

    @Test
    void aMomentWithoutAKnownZoneIsReadByTheBrokeragesClockAndNoMomentIsLeftOut() {
        Refusal somewhere = new Refusal(RefusalReason.QUIET_HOURS, "outside everywhere", CHICAGO_MORNING);
        Refusal never = new Refusal(RefusalReason.QUIET_HOURS, "no moment in the next 48 hours", null);

        assertThat(TextWords.briefly(somewhere, OURS)).isEqualTo("outside calling hours (may go at 09:00 EST)");
        assertThat(TextWords.reason(never, OURS)).isEqualTo("outside calling hours in their time zone");
        assertThat(TextWords.briefly(never, OURS)).isEqualTo("outside calling hours");
    }

    @Test
    void keywordsAndAutomaticRepliesAreNamedPlainConversationIsNot() {
        assertThat(TextWords.note(true, "MESSAGE")).isNull();
        assertThat(TextWords.note(true, "OPT_OUT")).isEqualTo("Opted out: no more texts or calls");
        assertThat(TextWords.note(false, "conversation")).isNull();
        assertThat(TextWords.note(false, "opt-out-confirmation")).isEqualTo("Automatic reply");
    }
}
