package org.realtycrm.pipeline.boundary;

import java.util.Map;

import org.realtycrm.pipeline.entity.StepState;

/**
 * One step of a list's run as its progress view shows it ({@link ListRuns}). What goes in and out depends on the
 * step: parse reads rows and keeps them; trace sends owners and finds them; scrub checks phones and finds them
 * callable; import takes owners and makes (or joins) leads; export writes the files the source names. A figure the
 * step does not have, or has not reached yet (the scrub's, until its report is stored), is {@code null}.
 *
 * @param name     parse, trace, scrub, import or export
 * @param in       rows read; owners traced; phones checked; owners imported; files to write
 * @param out      rows kept; owners found; phones callable; owners who became or joined a lead; files written
 * @param rejected rows that could not be read (parse); numbers that are no phone numbers (scrub)
 * @param details  the step's other figures, by name (parse: leftOut, propertiesCreated, propertiesMatched; trace:
 *                 cached, costCents; import: leadsCreated, leadsMerged, withoutContact), in that order
 */
public record RunStep(String name, StepState state, Long in, Long out, Long rejected, Long suppressed,
        Map<String, Long> details) {
}
