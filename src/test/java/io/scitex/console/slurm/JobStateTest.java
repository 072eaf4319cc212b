package io.scitex.console.slurm;

import static io.scitex.console.slurm.JobState.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobStateTest {

    @ParameterizedTest
    @CsvSource({"PENDING,PENDING", "PD,PENDING", "R,RUNNING", "running,RUNNING", "CG,COMPLETING", "CD,COMPLETED",
            "CA,CANCELLED", "CANCELLED by 0,CANCELLED", "CANCELLED+,CANCELLED", "TO,TIMEOUT", "NF,NODE_FAIL",
            "OOM,OUT_OF_MEMORY", "OUT_OF_MEMORY,OUT_OF_MEMORY", "BF,BOOT_FAIL", "DL,DEADLINE", "S,SUSPENDED",
            "RQ,REQUEUED", "RS,RESIZING", "CF,CONFIGURING", "PR,PREEMPTED", "F,FAILED", "' R ',RUNNING",
            "DISPLAY:,UNKNOWN", "'',UNKNOWN"})
    void parsesLongNamesAndShortCodes(String text, JobState expected) {
        assertThat(JobState.parse(text)).isEqualTo(expected);
    }

    @Test
    void activeAndTerminal() {
        assertThat(PENDING.isActive()).isTrue();
        assertThat(RUNNING.isActive()).isTrue();
        assertThat(COMPLETING.isActive()).isTrue();
        assertThat(SUSPENDED.isActive()).isTrue();
        assertThat(TIMEOUT.isActive()).isFalse();
        assertThat(TIMEOUT.isTerminal()).isTrue();
        assertThat(OUT_OF_MEMORY.isTerminal()).isTrue();
        assertThat(COMPLETING.isTerminal()).isFalse();
        assertThat(UNKNOWN.isActive()).isFalse();
        assertThat(UNKNOWN.isTerminal()).isFalse();
        assertThat(PENDING.isPending()).isTrue();
        assertThat(REQUEUED.isPending()).isTrue();
    }

    @Test
    void forwardMovesIncludingSkippedStates() {
        assertThat(PENDING.canMoveTo(CONFIGURING)).isTrue();
        assertThat(PENDING.canMoveTo(RUNNING)).isTrue();
        assertThat(PENDING.canMoveTo(COMPLETED)).isTrue();
        assertThat(PENDING.canMoveTo(CANCELLED)).isTrue();
        assertThat(RUNNING.canMoveTo(COMPLETING)).isTrue();
        assertThat(RUNNING.canMoveTo(TIMEOUT)).isTrue();
        assertThat(RUNNING.canMoveTo(SUSPENDED)).isTrue();
        assertThat(SUSPENDED.canMoveTo(RUNNING)).isTrue();
        assertThat(COMPLETING.canMoveTo(COMPLETED)).isTrue();
        assertThat(RUNNING.canMoveTo(RUNNING)).isTrue();
    }

    @Test
    void requeueGoesBackToWaiting() {
        assertThat(RUNNING.canMoveTo(REQUEUED)).isTrue();
        assertThat(RUNNING.canMoveTo(PENDING)).isTrue();
        assertThat(COMPLETED.canMoveTo(PENDING)).isTrue();
        assertThat(NODE_FAIL.canMoveTo(REQUEUED)).isTrue();
    }

    @Test
    void illegalMoves() {
        assertThat(RUNNING.canMoveTo(CONFIGURING)).isFalse();
        assertThat(COMPLETING.canMoveTo(RUNNING)).isFalse();
        assertThat(COMPLETED.canMoveTo(RUNNING)).isFalse();
        assertThat(COMPLETED.canMoveTo(FAILED)).isFalse();
        assertThat(CANCELLED.canMoveTo(COMPLETING)).isFalse();
        assertThat(TIMEOUT.canMoveTo(CANCELLED)).isFalse();
    }

    @Test
    void unknownIsNeverAContradiction() {
        assertThat(UNKNOWN.canMoveTo(RUNNING)).isTrue();
        assertThat(COMPLETED.canMoveTo(UNKNOWN)).isTrue();
    }
}
