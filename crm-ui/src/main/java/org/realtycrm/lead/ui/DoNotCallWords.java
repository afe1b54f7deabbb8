package org.realtycrm.lead.ui;

import java.util.stream.Collectors;

import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.SuppressionReason;

/** Why a number may not be called, as an agent reads it next to the number. */
final class DoNotCallWords {

    private DoNotCallWords() {
    }

    /**
     * The lists that hold a number, in words; null when none does (or there is no verdict). Whether the Registry data
     * covers the number's area code is the campaigns' concern, not a fact about this person, so it is not shown.
     */
    static String listed(CallVerdict verdict) {
        if (verdict == null) {
            return null;
        }
        String listed = verdict.hits().stream().map(SuppressionHit::reason)
                .filter(reason -> reason != SuppressionReason.FEDERAL_NOT_LOADED
                        && reason != SuppressionReason.FEDERAL_OUTDATED)
                .map(DoNotCallWords::of).distinct().collect(Collectors.joining(", "));
        return listed.isEmpty() ? null : listed;
    }

    static String of(SuppressionReason reason) {
        return switch (reason) {
            case FEDERAL_DNC -> "on the National Do Not Call Registry";
            case FEDERAL_NOT_LOADED -> "its area code is not in the Registry data we hold";
            case FEDERAL_OUTDATED -> "the Registry data for its area code is out of date";
            case STATE_DNC -> "on a state Do-Not-Call list";
            case INTERNAL_DNC -> "asked us not to call";
            case LITIGATOR -> "a known TCPA litigator";
            case VENDOR_DNC -> "flagged Do-Not-Call by the skip-trace vendor";
            case INVALID_NUMBER -> "not a number we can dial";
        };
    }
}
