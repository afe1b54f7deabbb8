package org.realtycrm.campaign.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.campaign.entity.TextKeyword;
import org.realtycrm.campaign.entity.TextStatus;

/** A lead's texts as the agent reads them: how each of ours fared, and why the compliance gate held one back. */
final class TextWords {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.US);

    private TextWords() {
    }

    /** The refusals a refused text's record keeps; none for null. */
    static List<Refusal> refusals(String json) {
        return GateVerdict.refusalsFrom(json);
    }

    /**
     * What the warning after a refused send says: every reason, e.g. "Not sent: asked not to be contacted; outside
     * calling hours in their time zone; may go at 08:00 CST".
     *
     * @param ourZone the brokerage's: for a moment no recipient's zone is known for
     */
    static String notSent(List<Refusal> refusals, ZoneId ourZone) {
        return "Not sent: " + String.join("; ", refusals.stream().map(refusal -> reason(refusal, ourZone)).toList());
    }

    /** The status of one of our texts, as its line in the conversation shows it. */
    static String status(TextStatus status, String carrierStatus, String error, List<Refusal> refusals,
            ZoneId ourZone) {
        return switch (status) {
            // the server only keeps its texts (crm.sms.provider=outbox): nothing left it
            case RECORDED -> "Kept";
            case SENT -> carrierStatus == null ? "Sent" : "Sent · " + carrierStatus;
            case FAILED -> error == null ? "Failed" : "Failed: " + error;
            case REFUSED -> refusals.isEmpty() ? "Not sent" : "Not sent: " + String.join("; ",
                    refusals.stream().map(refusal -> briefly(refusal, ourZone)).toList());
        };
    }

    /** One reason in full words, for the warning. */
    static String reason(Refusal refusal, ZoneId ourZone) {
        return switch (refusal.reason()) {
            case QUIET_HOURS -> "outside calling hours in their time zone"
                    + then("; may go at ", recipientsTime(refusal, ourZone), "");
            case FREQUENCY_CAP -> "had as many marketing texts as the brokerage allows for now"
                    + then("; may go at ", time(refusal.retryAt(), ourZone), "");
            default -> list(refusal.reason());
        };
    }

    /** One reason in a few words, for a line of the conversation. */
    static String briefly(Refusal refusal, ZoneId ourZone) {
        return switch (refusal.reason()) {
            case QUIET_HOURS -> "outside calling hours" + then(" (may go at ", recipientsTime(refusal, ourZone), ")");
            case FREQUENCY_CAP -> "marketing texts capped" + then(" (may go at ", time(refusal.retryAt(), ourZone), ")");
            default -> list(refusal.reason());
        };
    }

    /** What a line adds to the body when the text is not plain conversation (a keyword, an automatic reply). */
    static String note(boolean inbound, String category) {
        if (inbound) {
            return switch (TextKeyword.valueOf(category)) {
                case MESSAGE -> null;
                case OPT_OUT -> "Opted out: no more texts or calls";
                case OPT_IN -> "Opted back in to texts";
                case HELP -> "Asked who is texting";
            };
        }
        if (TextCategory.CONVERSATION.equals(category)) {
            return null;
        }
        // the keywords' confirmations and the answer to HELP
        return TextCategory.CAMPAIGN.equals(category) ? "Campaign" : "Automatic reply";
    }

    private static String list(RefusalReason reason) {
        return switch (reason) {
            case FEDERAL_DNC -> "on the National Do Not Call Registry";
            case FEDERAL_NOT_LOADED -> "the National Do Not Call Registry's data for this area code is not loaded, "
                    + "so the number cannot be checked";
            case FEDERAL_OUTDATED -> "the National Do Not Call Registry's data for this area code is out of date";
            case STATE_DNC -> "on a state Do-Not-Call list";
            case INTERNAL_DNC -> "asked not to be contacted";
            case LITIGATOR -> "a known TCPA litigator";
            case EMAIL_OPTED_OUT -> "opted out of our email";
            case QUIET_HOURS, FREQUENCY_CAP -> throw new IllegalArgumentException(reason + " is not a list");
        };
    }

    private static String then(String before, String time, String after) {
        return time == null ? "" : before + time + after;
    }

    /** "08:00 CST"; null when no moment is known. */
    private static String time(Instant moment, ZoneId zone) {
        return moment == null ? null : CLOCK.format(moment.atZone(zone));
    }

    /** When a text held back by the calling hours may go, by the recipient's clock (else the brokerage's). */
    private static String recipientsTime(Refusal refusal, ZoneId ourZone) {
        return time(refusal.retryAt(), refusal.zone() == null ? ourZone : refusal.zone());
    }
}
