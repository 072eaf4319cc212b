package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqueueParserTest {

    @Test
    void pollRowsSkippingBannersAndJunk() {
        String out = """
                DISPLAY: localhost:10.0
                Welcome to Spartan | read the docs
                123|RUNNING|1:02:03|22:57:57|spartan-bm021|None|2026-04-28T10:00:00|cascade|dev-pool
                124|PENDING|0:00|1-00:00:00||Resources|2026-04-29T08:30:00|sapphire|head-spartan
                125_7|PENDING|0:00|UNLIMITED||(ReqNodeNotAvail, UnavailableNodes:n1)|N/A|cascade|odd|name|x
                126|TIMEOUT|2:00|0:00|n2|None|2026-04-28T09:00:00|cascade|ended
                """;
        List<SqueueRow> rows = SqueueParser.userJobs(out);
        assertThat(rows).extracting(SqueueRow::jobId).containsExactly("123", "124", "125_7", "126");
        SqueueRow running = rows.get(0);
        assertThat(running.name()).isEqualTo("dev-pool");
        assertThat(running.state()).isEqualTo(JobState.RUNNING);
        assertThat(running.nodes()).isEqualTo("spartan-bm021");
        assertThat(running.elapsedDuration()).hasValue(Duration.ofSeconds(3723));
        assertThat(running.timeLeftDuration()).hasValue(Duration.ofSeconds(22 * 3600 + 57 * 60 + 57));
        assertThat(running.reason().isNone()).isTrue();
        assertThat(running.partition()).isEqualTo("cascade");
        SqueueRow pending = rows.get(1);
        assertThat(pending.nodes()).isEmpty();
        assertThat(pending.reason().code()).isEqualTo("Resources");
        assertThat(pending.start()).hasValue(LocalDateTime.of(2026, 4, 29, 8, 30));
        assertThat(pending.timeLeftDuration()).hasValue(Duration.ofDays(1));
        SqueueRow array = rows.get(2);
        assertThat(array.name()).isEqualTo("odd|name|x");
        assertThat(array.timeLeftDuration()).isEmpty();
        assertThat(array.start()).isEmpty();
        assertThat(array.reason().detail()).isEqualTo("UnavailableNodes:n1");
        assertThat(rows.get(3).state()).isEqualTo(JobState.TIMEOUT);
        assertThat(rows.get(3).elapsedDuration()).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void newestByNameTakesTheHighestNumericId() {
        String out = """
                DISPLAY: x
                999 RUNNING n1
                1000 PENDING
                junk line here too many words
                """;
        assertThat(SqueueParser.newestByName(out)).hasValue(new JobRef("1000", JobState.PENDING, ""));
        assertThat(SqueueParser.newestByName("99 RUNNING n1\n100_2 RUNNING n2\n100_10 RUNNING n3\n"))
                .hasValue(new JobRef("100_10", JobState.RUNNING, "n3"));
        assertThat(SqueueParser.newestByName("")).isEmpty();
    }

    @Test
    void oneJob() {
        assertThat(SqueueParser.job("7", "DISPLAY: x\nRUNNING spartan-bm021\n"))
                .hasValue(new JobRef("7", JobState.RUNNING, "spartan-bm021"));
        assertThat(SqueueParser.job("7", "PENDING \n")).hasValue(new JobRef("7", JobState.PENDING, ""));
        assertThat(SqueueParser.job("7", "slurm_load_jobs error: Invalid job id specified\n")).isEmpty();
        assertThat(new JobRef("7", JobState.RUNNING, "n1").isAllocated()).isTrue();
        assertThat(new JobRef("7", JobState.RUNNING, "").isAllocated()).isFalse();
    }

    @Test
    void expectedStart() {
        assertThat(SqueueParser.expectedStart("DISPLAY: x\n42|2026-05-01T12:00:00|Priority\n"))
                .hasValue(LocalDateTime.of(2026, 5, 1, 12, 0));
        assertThat(SqueueParser.expectedStart("42|N/A|JobHeldUser\n")).isEmpty();
    }

    @Test
    void idsCompareNumerically() {
        assertThat(SqueueParser.compareIds("99", "100")).isNegative();
        assertThat(SqueueParser.compareIds("100_2", "100_10")).isNegative();
        assertThat(SqueueParser.compareIds("100", "100_1")).isNegative();
        assertThat(SqueueParser.compareIds("101", "100_9")).isPositive();
    }
}
