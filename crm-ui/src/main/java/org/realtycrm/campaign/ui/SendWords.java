package org.realtycrm.campaign.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.campaign.entity.StepAction;

/**
 * A campaign send as the lead's page and the dead letters say it: where it is, in a few words, and why: each of the
 * compliance gate's reasons with the rule's own detail (the list and its version, the recipient's local time), then
 * the send's note (the provider's error, why it was skipped, who replayed it).
 */
final class SendWords {

    private SendWords() {
    }

    /**
     * "Sent", "Held until 08:00 CST", "Not sent", "Failed", "Waiting for the next mail batch".
     *
     * @param format how a moment is shown (the brokerage's clock)
     */
    static String status(CampaignSend send, Function<Instant, String> format) {
        return status(send.getStatus(), send.getAction(), send.getNextAttemptAt(), send.getMailBatchId(), format);
    }

    static String status(SendStatus status, StepAction action, Instant nextAttemptAt, Long mailBatchId,
            Function<Instant, String> format) {
        return switch (status) {
            case QUEUED -> "Queued";
            case HELD -> nextAttemptAt == null ? "Held" : "Held until " + format.apply(nextAttemptAt);
            case RETRYING -> nextAttemptAt == null ? "Retrying" : "Retrying at " + format.apply(nextAttemptAt);
            case SENT -> action == StepAction.TASK ? "Task set for the agent" : "Sent";
            case REFUSED -> "Not sent";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
            case AWAITING_BATCH -> "Waiting for the next mail batch";
            case MAILED -> mailBatchId == null ? "Mailed" : "Mailed in batch " + mailBatchId;
        };
    }

    /** Every reason the send did not go (yet), each with its detail, then its note; empty when there is none. */
    static List<String> why(CampaignSend send, ZoneId ourZone) {
        return why(send.getStatus(), send.getRefusal(), send.getNote(), ourZone);
    }

    /** @param refusalsJson the gate's refusals as the send keeps them (null for none) */
    static List<String> why(SendStatus status, String refusalsJson, String note, ZoneId ourZone) {
        List<String> why = new ArrayList<>();
        List<Refusal> refusals = TextWords.refusals(refusalsJson);
        refusals.forEach(refusal -> why.add(reason(refusal, ourZone)));
        // a refusal's note repeats the gate's reasons in other words: shown only when the gate gave none
        boolean repeats = status == SendStatus.REFUSED && !refusals.isEmpty();
        if (note != null && !note.isBlank() && !repeats) {
            why.add(note);
        }
        return why;
    }

    /** "asked not to be contacted (INTERNAL_DNC (internal))": the reason in words, the rule's detail behind it. */
    static String reason(Refusal refusal, ZoneId ourZone) {
        return TextWords.briefly(refusal, ourZone) + " (" + refusal.detail() + ")";
    }

    /** The styling of a send's status: {@code sent}, {@code waiting}, {@code refused}, {@code failed}. */
    static String tone(SendStatus status) {
        return switch (status) {
            case SENT, MAILED -> "sent";
            case QUEUED, HELD, RETRYING, AWAITING_BATCH -> "waiting";
            case REFUSED, SKIPPED -> "refused";
            case FAILED -> "failed";
        };
    }
}
