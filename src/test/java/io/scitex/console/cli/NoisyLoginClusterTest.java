package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.testing.LocalCluster;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster login whose shell start-up and logout print look-alikes of {@code Submitted batch job 4242}, squeue rows,
 * scitex-hpc's {@code booked:} line and the console's own result lines, on stdout and stderr (the {@code sac-noisy}
 * alias of {@code scripts/cluster/up}): every verb still reads the real values.
 */
@Tag(TestCluster.TAG)
class NoisyLoginClusterTest {
    private static final String HOST = TestCluster.NOISY_ALIAS;

    @TempDir
    Path home;

    @Test
    void bookStartStatusRefreshStopAndReleaseReadTheRealValues() throws Exception {
        Sac sac = new Sac(home);
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String pool = "noisy-" + rand;
        String tenant = "nt-" + rand;
        String solo = "ns-" + rand;
        SampleAgents.tenant(sac.agents(), tenant, pool);
        SampleAgents.slurm(sac.agents(), solo, "~/noisy-logs-" + rand);
        try {
            Sac.Result book = sac.runOn(HOST, "reservations", "book", pool, "--cpus", "1", "--mem", "100M", "--time",
                    "00:10:00", "--tmux-server", "sac");
            assertThat(book.exit()).as(book.toString()).isZero();
            Matcher m = Pattern.compile("booked: id=" + Pattern.quote(HOST + "-" + pool) + " job=(\\d+) node=(\\S+)\n")
                    .matcher(book.out());
            assertThat(m.matches()).as(book.toString()).isTrue();
            String job = m.group(1);
            assertThat(job).isEqualTo(jobIdOf(pool));
            assertThat(m.group(2)).isNotEqualTo("fakenode");
            assertThat(book.err()).doesNotContain("4242", "fakenode", "DISPLAY");

            Sac.Result start = sac.runOn(HOST, "start", tenant, solo);
            assertThat(start.exit()).as(start.toString()).isZero();
            assertThat(start.out()).contains("Agent '" + tenant + "' started successfully",
                    "Agent '" + solo + "' started successfully").doesNotContain("4242");

            JsonNode st = LocalJobs.await(() -> json(sac.runOn(HOST, "show-status", tenant, "--json")), j -> j.path("status").asText().equals("running"), Duration.ofSeconds(30),
                    "tenant " + tenant + " running");
            assertThat(st.get("job_id").asText()).isEqualTo(job);
            assertThat(st.get("session_alive").asBoolean()).isTrue();
            JsonNode soloStatus = LocalJobs.await(() -> json(sac.runOn(HOST, "show-status", solo, "--json")), j -> j.path("status").asText().equals("running"), Duration.ofSeconds(60),
                    "agent " + solo + " running");
            assertThat(soloStatus.get("job_id").asText()).isEqualTo(jobIdOf(solo)).isNotEqualTo("4242");

            Sac.Result refresh = sac.runOn(HOST, "reservations", "refresh", pool);
            assertThat(refresh.exit()).as(refresh.toString()).isZero();
            assertThat(refresh.out()).startsWith("refreshed: id=" + HOST + "-" + pool + " job=" + job + " node=")
                    .doesNotContain("fakenode");

            Sac.Result stop = sac.runOn(HOST, "stop", tenant, solo);
            assertThat(stop.exit()).as(stop.toString()).isZero();
            assertThat(stop.out()).contains("Agent '" + tenant + "' stopped", "Agent '" + solo + "' stopped");

            Sac.Result release = sac.runOn(HOST, "reservations", "release", pool);
            assertThat(release.exit()).as(release.toString()).isZero();
            assertThat(release.out()).isEqualTo("released: " + HOST + "-" + pool + " (ok)\n");
            LocalJobs.await(() -> jobIdOf(pool), String::isEmpty, Duration.ofSeconds(30), "job " + job + " gone");
        } finally {
            sac.runOn(HOST, "stop", solo);
            sac.runOn(HOST, "reservations", "release", pool);
        }
    }

    /** The id squeue on this machine gives the job named {@code name} (empty when there is none). */
    private static String jobIdOf(String name) {
        return LocalCluster.run(RemoteCommand.of("squeue", "-h", "-n", name, "-t", "PD,R,CF", "-o", "%i")).stdout()
                .strip();
    }

    private static JsonNode json(Sac.Result r) {
        try {
            return Json.MAPPER.readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }
}
