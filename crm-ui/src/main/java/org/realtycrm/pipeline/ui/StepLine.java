package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import org.realtycrm.pipeline.boundary.RunStep;

/**
 * A step of a list's run as the run view shows it: each figure with what it counts ("40 owners traced", "38 found",
 * "2 held back by Do-Not-Call"), empty where the step has no such figure or has not reached it yet.
 *
 * @param scrub whether this is the scrub step, whose suppressions have their download link
 */
public record StepLine(String name, String state, String in, String out, String rejected, String suppressed,
        String details, boolean scrub) implements Serializable {

    static StepLine of(RunStep step) {
        Map<String, Long> more = step.details();
        return switch (step.name()) {
            case "parse" -> line(step, "rows read", "kept", "rejected", null,
                    more.get("leftOut") + " left out by the criteria · " + more.get("propertiesCreated")
                            + " new properties · " + more.get("propertiesMatched") + " matched");
            case "trace" -> line(step, "owners traced", "found", null, null,
                    more.get("cached") + " from the cache · cost " + dollars(more.get("costCents")));
            case "scrub" -> line(step, "phones checked", "callable", "not phone numbers",
                    "held back by Do-Not-Call", "");
            case "import" -> line(step, "owners imported", "became or joined a lead", null, null,
                    more.get("leadsCreated") + " new leads · " + more.get("leadsMerged") + " merged · "
                            + more.get("withoutContact") + " nobody to reach");
            default -> line(step, "files to write", "written", null, null, "");
        };
    }

    /** A trace's cost, "$12.40". */
    static String dollars(long cents) {
        return String.format(Locale.US, "$%,d.%02d", cents / 100, cents % 100);
    }

    private static StepLine line(RunStep step, String in, String out, String rejected, String suppressed,
            String details) {
        return new StepLine(step.name(), step.state().name().toLowerCase(Locale.ROOT), figure(step.in(), in),
                figure(step.out(), out), figure(step.rejected(), rejected), figure(step.suppressed(), suppressed),
                details, "scrub".equals(step.name()));
    }

    private static String figure(Long count, String counts) {
        return count == null || counts == null ? "" : count + " " + counts;
    }
}
