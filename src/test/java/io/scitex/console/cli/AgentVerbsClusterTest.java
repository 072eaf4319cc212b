package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sac's agent verbs against the local cluster, through the real services: two tenants of a reservation booked with
 * the CLI, one {@code runtime: slurm} agent started by path, and an aider agent that is listed but not managed.
 */
@Tag(TestCluster.TAG)
class AgentVerbsClusterTest {
    @TempDir
    Path home;

    @Test
    void startListStatusLogsStop() throws Exception {
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String pool = "cp-" + rand;
        String t1 = "t1-" + rand;
        String t2 = "t2-" + rand;
        String solo = "s-" + rand;
        Sac sac = new Sac(home);
        SampleAgents.tenant(sac.agents(), t1, pool);
        SampleAgents.tenant(sac.agents(), t2, pool);
        Path soloYaml = SampleAgents.slurm(home.resolve("elsewhere"), solo, "/tmp/sac-cli-" + rand + "/logs");
        SampleAgents.aider(sac.agents(), "notes-" + rand);
        try {
            assertThat(sac.run("reservations", "book", pool, "--cpus", "1", "--mem", "100M", "--time", "00:10:00",
                    "--tmux-server", "sac").exit()).isZero();

            Sac.Result start = sac.run("start", t1, t2);
            assertThat(start.exit()).as(start.toString()).isZero();
            assertThat(start.out().lines().toList()).hasSize(2)
                    .anyMatch(l -> l.startsWith("Agent '" + t1 + "' started successfully"))
                    .anyMatch(l -> l.startsWith("Agent '" + t2 + "' started successfully"));
            Sac.Result twice = sac.run("start", t1);
            assertThat(twice.exit()).isZero();
            assertThat(twice.out()).startsWith("Agent '" + t1 + "' is already running").endsWith(
                    "; use --force to restart it\n");
            assertThat(sac.run("start", "--force", t1).out()).startsWith("Agent '" + t1 + "' restarted");

            Sac.Result bySolo = sac.run("start", soloYaml.toString());
            assertThat(bySolo.exit()).as(bySolo.toString()).isZero();
            assertThat(bySolo.out()).startsWith("Agent '" + solo + "' started successfully");

            LocalJobs.await(() -> sac.run("show-status", t1, "--json").out(), o -> o.contains("\"status\": \"running\"")
                    && o.contains("agent: " + t1), Duration.ofSeconds(30), "tenant " + t1 + " running");
            Sac.Result status = sac.run("show-status", t1);
            assertThat(status.exit()).isZero();
            assertThat(status.out()).containsPattern("(?m)^status: +running$").containsPattern(
                    "(?m)^reservation: +" + pool + "$").containsPattern("(?m)^host: +" + TestCluster.ALIAS + "$");
            JsonNode st = Json.MAPPER.readTree(sac.run("show-status", t1, "--json").out());
            assertThat(st.get("runtime").asText()).isEqualTo("slurm-tenant");
            assertThat(st.get("session_alive").asBoolean()).isTrue();
            assertThat(st.get("pane_tail").toString()).contains("claude stand-in ready");

            Sac.Result logs = sac.run("show-logs", t2, "-n", "20");
            assertThat(logs.exit()).as(logs.toString()).isZero();
            assertThat(logs.out()).contains("claude stand-in ready\n", "agent: " + t2 + "\n");
            assertThat(logs.out()).doesNotEndWith("\n\n");
            assertThat(sac.run("show-logs", t2, "-n", "1").out()).isEqualTo(">\n");

            LocalJobs.await(() -> sac.run("show-status", soloYaml.toString(), "--json").out(),
                    o -> o.contains("\"status\": \"running\""), Duration.ofSeconds(60), "agent " + solo + " running");
            Sac.Result soloLogs = sac.run("show-logs", soloYaml.toString());
            assertThat(soloLogs.exit()).as("the job's output file: %s", soloLogs).isZero();

            Sac.Result list = sac.run("list");
            assertThat(list.exit()).as(list.toString()).isZero();
            List<String> rows = list.out().lines().toList();
            assertThat(rows.get(0)).matches("NAME +RUNTIME +STATUS +HOST +JOB +NODE +ACTIVITY +STATE +DETAIL");
            assertThat(rows).anyMatch(r -> r.matches(t1 + " +slurm-tenant +running +" + TestCluster.ALIAS + " .*"))
                    .anyMatch(r -> r.matches("notes-" + rand + " +aider +not a SLURM agent .*"));
            JsonNode listed = Json.MAPPER.readTree(sac.run("list", "--json").out());
            List<String> names = new ArrayList<>();
            listed.forEach(a -> names.add(a.get("name").asText() + "=" + a.get("status").asText()));
            assertThat(names).contains(t1 + "=running", t2 + "=running", "notes-" + rand + "=not a SLURM agent");

            Sac.Result stop = sac.run("stop", t1, t2, soloYaml.toString());
            assertThat(stop.exit()).as(stop.toString()).isZero();
            assertThat(stop.out()).contains("Agent '" + t1 + "' stopped", "Agent '" + t2 + "' stopped",
                    "Agent '" + solo + "' stopped");
            assertThat(sac.run("stop", t1).out()).startsWith("Agent '" + t1 + "' was not running");
            assertThat(sac.run("reservations", "get", pool).exit()).as("a stop never releases").isZero();

            Sac.Result all = sac.run("start", "--all");
            assertThat(all.exit()).as(all.toString()).isZero();
            assertThat(all.out().lines().toList()).hasSize(2).allMatch(l -> l.contains("started successfully"));
            Sac.Result stopAll = sac.run("stop", "--all");
            assertThat(stopAll.exit()).isZero();
            assertThat(stopAll.out().lines().toList()).hasSize(2).allMatch(l -> l.contains("stopped"));
        } finally {
            sac.run("stop", soloYaml.toString());
            sac.run("reservations", "release", pool);
        }
    }
}
