package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.runtime.PaneReport;
import io.scitex.console.testing.Bash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobSweepsTest {

    @Test
    void oneCommandHoldsOneSweepPerJobInBatchesOfParallelSteps() {
        List<JobSweeps.Job> jobs = IntStream.range(0, 10).mapToObj(i -> new JobSweeps.Job(String.valueOf(100 + i),
                i == 3 ? Map.of("a3", "0123456789abcdef0123456789abcdef") : Map.of())).toList();
        RemoteCommand cmd = JobSweeps.command(jobs, 30);
        Bash.assertSyntaxOk(cmd.toShellLine());
        assertThat(cmd.script().split("srun --jobid=", -1)).hasSize(11);
        assertThat(cmd.script()).contains("srun --jobid=103 --overlap --nodes=1 --ntasks=1 bash -c")
                .contains("a3=0123456789abcdef0123456789abcdef");
        assertThat(cmd.script().split("\nwait\n", -1)).hasSize(3);
        assertThat(cmd.timeout().toSeconds()).isEqualTo(50);
    }

    @Test
    void aReservationsJobIsSweptOnItsOwnTmuxSocketBesideOwnJobsOnTheDefaultOne() {
        RemoteCommand cmd = JobSweeps.command(List.of(new JobSweeps.Job("65", "pool sock", Map.of()),
                new JobSweeps.Job("66", Map.of())), 30);
        Bash.assertSyntaxOk(cmd.toShellLine());
        assertThat(cmd.script()).contains("srun --jobid=65 --overlap --nodes=1 --ntasks=1 bash -c")
                .contains("sac-sweep 'pool sock' 30")
                .contains("sac-sweep " + io.scitex.console.slurm.SbatchScript.SOCKET + " 30")
                .contains("printf 'SAC-JOB\\t%s\\n' 65").contains("printf 'SAC-JOB\\t%s\\n' 66");
    }

    @Test
    void aBadJobIdOrHashIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> JobSweeps.command(List.of(new JobSweeps.Job("1; rm -rf ~", Map.of())), 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobSweeps.command(List.of(new JobSweeps.Job("1", Map.of("a", "x'y"))), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an md5");
    }

    @Test
    void answersAreSplitByJobAndACutOffOneIsIncomplete() {
        String out = String.join("\n", "DISPLAY: banner", "SAC-JOB\t7", "SAC-PANE\tsolo\tnew\t"
                + "0123456789abcdef0123456789abcdef\tline1\\nline2", "SAC-END", "SAC-JOB\t8",
                "srun: error: Unable to create step for job 8: Job/step already completing or completed",
                "SAC-JOB\t9", "SAC-NOSERVER\tno server running on /tmp/sac-job-9/tmux-1000/sac", "SAC-END", "");
        Map<String, JobSweeps.Answer> a = JobSweeps.parse(out);
        assertThat(a).containsOnlyKeys("7", "8", "9");
        assertThat(a.get("7").sweep().complete()).isTrue();
        PaneReport solo = a.get("7").sweep().panes().get("solo");
        assertThat(solo.text()).isEqualTo("line1\nline2");
        assertThat(a.get("8").sweep().complete()).isFalse();
        assertThat(a.get("8").raw()).contains("Unable to create step");
        assertThat(a.get("9").sweep().serverRunning()).isFalse();
        assertThat(a.get("9").sweep().complete()).isTrue();
    }

    @Test
    void noAnswerAtAllMeansNoJob() {
        assertThat(JobSweeps.parse("")).isEmpty();
        assertThat(JobSweeps.parse(new ArrayList<>(List.of("SAC-END")).get(0))).isEmpty();
    }
}
