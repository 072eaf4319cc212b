package io.scitex.console.status;

import io.scitex.console.slurm.SqueueParser;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.PendingReason;
import io.scitex.console.slurm.SqueueRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessorTest {

    @Test
    void aLiveJobIsKeptWhileItsSuccessorWaits() {
        List<SqueueRow> rows = List.of(row("9", "pool", JobState.RUNNING), row("11", "pool", JobState.PENDING));
        assertThat(Successor.pick("9", "pool", rows)).map(SqueueRow::jobId).hasValue("9");
    }

    @Test
    void aRunningSuccessorTakesOverEvenBeforeThePredecessorEnds() {
        List<SqueueRow> rows = List.of(row("9", "pool", JobState.RUNNING), row("11", "pool", JobState.RUNNING));
        assertThat(Successor.pick("9", "pool", rows)).map(SqueueRow::jobId).hasValue("11");
    }

    @Test
    void aGoneOrEndedJobIsReplacedByTheNewestLiveJobOfTheName() {
        List<SqueueRow> rows = List.of(row("10", "pool", JobState.PENDING), row("100", "pool", JobState.PENDING),
                row("99", "pool", JobState.RUNNING), row("200", "other", JobState.RUNNING),
                row("300", "pool", JobState.CANCELLED));
        assertThat(Successor.pick("9", "pool", rows)).map(SqueueRow::jobId).hasValue("100");
        List<SqueueRow> ended = List.of(row("9", "pool", JobState.TIMEOUT), row("12", "pool", JobState.PENDING));
        assertThat(Successor.pick("9", "pool", ended)).map(SqueueRow::jobId).hasValue("12");
    }

    @Test
    void anEndedJobWithoutSuccessorStaysAndAGoneOneHasNoRow() {
        assertThat(Successor.pick("9", "pool", List.of(row("9", "pool", JobState.COMPLETED))))
                .map(SqueueRow::jobId).hasValue("9");
        assertThat(Successor.pick("9", "pool", List.of(row("8", "pool", JobState.RUNNING)))).isEmpty();
    }

    @Test
    void aLeaseWithoutJobAdoptsTheNewestOfItsName() {
        assertThat(Successor.pick("", "pool", List.of(row("8", "pool", JobState.RUNNING))))
                .map(SqueueRow::jobId).hasValue("8");
    }

    @Test
    void jobIdsCompareAsNumbers() {
        assertThat(SqueueParser.compareIds("9", "10")).isNegative();
        assertThat(SqueueParser.compareIds("123_4", "123_10")).isNegative();
        assertThat(SqueueParser.compareIds("123", "123_0")).isNegative();
        assertThat(SqueueParser.compareIds("42", "42")).isZero();
    }

    private static SqueueRow row(String id, String name, JobState s) {
        return new SqueueRow(id, name, s, "0:10", "10:00", s == JobState.RUNNING ? "n1" : "", PendingReason.NONE, "",
                "cascade");
    }
}
