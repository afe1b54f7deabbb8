package org.realtycrm.pipeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ListPullStepsTest {

    private final ListPull pull = new ListPull(1, "list.csv", "lists/1", 10, null, null, "node", Instant.now());

    @Test
    void aRunInItsImportHasItsEarlierStepsDoneAndItsLaterOnesWaiting() {
        pull.started(7, "node");
        pull.stepStarted(PullStatus.IMPORTING);

        assertThat(ListPull.STEPS).extracting(pull::stateOf).containsExactly(StepState.DONE, StepState.DONE,
                StepState.DONE, StepState.RUNNING, StepState.WAITING);
    }

    @Test
    void aRunStoppedInItsTraceShowsWhereAndWaitsThereOnceRestarted() {
        pull.started(7, "node");
        pull.stepStarted(PullStatus.TRACING);
        pull.failed("trace: the vendor is down", Instant.now());

        assertThat(ListPull.STEPS).extracting(pull::stateOf).containsExactly(StepState.DONE, StepState.FAILED,
                StepState.WAITING, StepState.WAITING, StepState.WAITING);

        pull.restartRequested();
        assertThat(ListPull.STEPS).extracting(pull::stateOf).containsExactly(StepState.DONE, StepState.WAITING,
                StepState.WAITING, StepState.WAITING, StepState.WAITING);
        pull.started(8, "node"); // the status says PARSING until the resumed step begins
        assertThat(pull.stateOf(PullStatus.PARSING)).isEqualTo(StepState.DONE);
        assertThat(pull.stateOf(PullStatus.TRACING)).isEqualTo(StepState.RUNNING);
    }

    @Test
    void aReceivedListWaitsAndADoneOneIsDoneThroughout() {
        assertThat(ListPull.STEPS).extracting(pull::stateOf).containsOnly(StepState.WAITING);

        pull.started(7, "node");
        assertThat(pull.stateOf(PullStatus.PARSING)).isEqualTo(StepState.RUNNING);
        pull.finished(Instant.now());
        assertThat(ListPull.STEPS).extracting(pull::stateOf).containsOnly(StepState.DONE);
    }

    @Test
    void aStepsPartsAfterTheFirstChangeNothingAndTheFirstReasonToStopIsTheOneKept() {
        pull.started(7, "node");
        pull.stepStarted(PullStatus.PARSING);
        pull.stepStarted(PullStatus.PARSING); // the second part begins the step again

        assertThat(pull.stateOf(PullStatus.PARSING)).isEqualTo(StepState.RUNNING);
        assertThat(pull.failed("parse: line 9 is not CSV", Instant.now())).isTrue();
        assertThat(pull.failed("the run ended FAILED", Instant.now())).isFalse();
        assertThat(pull.getError()).isEqualTo("parse: line 9 is not CSV");

        pull.restartRequested();
        assertThat(pull.failed("trace: the vendor is down", Instant.now())).as("a restarted run can stop anew")
                .isTrue();
        assertThat(pull.getError()).isEqualTo("trace: the vendor is down");
    }
}
