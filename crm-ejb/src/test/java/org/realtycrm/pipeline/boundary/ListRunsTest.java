package org.realtycrm.pipeline.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.pipeline.entity.StepState;
import org.realtycrm.pipeline.entity.SuppressionReason;

class ListRunsTest {

    private final ListPull pull = new ListPull(1, "list.csv", "lists/1", 10, null, null, "node", Instant.now());

    @Test
    void beforeItsScrubAListHasNoScrubFiguresAndItsLaterStepsWait() {
        pull.started(7, "node");
        pull.stepStarted(PullStatus.SCRUBBING);

        List<RunStep> steps = ListRuns.steps(pull, null, 2, 0);

        assertThat(steps).extracting(RunStep::name).containsExactly("parse", "trace", "scrub", "import", "export");
        assertThat(steps).extracting(RunStep::state).containsExactly(StepState.DONE, StepState.DONE,
                StepState.RUNNING, StepState.WAITING, StepState.WAITING);
        assertThat(steps.get(2).in()).isNull();
        assertThat(steps.get(2).suppressed()).isNull();
        assertThat(steps.get(4).in()).as("the files the source asks for").isEqualTo(2);
        assertThat(steps.get(4).out()).isZero();
    }

    @Test
    void theScrubsReportGivesItsStepsFiguresInPhonesNotRows() {
        Scrub scrub = new Scrub("list.csv", null, 5, 9, 2, 1, Map.of(SuppressionReason.values()[0], 2L), Map.of(),
                Instant.now());

        RunStep step = ListRuns.steps(pull, scrub, 0, 0).get(2);

        assertThat(List.of(step.in(), step.out(), step.rejected(), step.suppressed())).containsExactly(12L, 9L, 1L,
                2L);
    }
}
