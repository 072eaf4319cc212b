package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.testing.ApiTurn;
import io.scitex.console.testing.ClaudeAccount;
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code 2.1.328 in a tenant in {@code acceptEdits} mode, answered by a scripted API: Write and Edit
 * calls as {@code sac show-logs --conversation --json} prints them, and a follower that moves to the new transcript
 * when the agent is restarted into a new session.
 */
@Tag(TestCluster.TAG)
class ConversationSessionsClusterTest {
    private static final String RAND = UUID.randomUUID().toString().substring(0, 6);
    private static final String WORK = "/tmp/sac-convs-" + RAND;

    @TempDir
    Path home;

    @Test
    void writeAndEditCallsShowTheFileAndTheEditAndARestartedSessionIsFollowedToItsNewTranscript()
            throws Exception {
        String pool = "convw-" + RAND;
        String agent = "edit-" + RAND;
        String file = WORK + "/" + agent + "/notes.txt";
        Sac sac = new Sac(home);
        try (SshHosts hosts = TestCluster.hosts(); ScriptedApi api = ScriptedApi.start();
                ClaudeAccount account = ClaudeAccount.pointAt(hosts, api)) {
            Sac.Result book = sac.run("reservations", "book", pool, "--cpus", "1", "--mem", "4000M", "--time",
                    "00:20:00", "--tmux-server", "sac");
            assertThat(book.exit()).as(book.toString()).isZero();
            try {
                ConversationAgents.agentYaml(sac, WORK, agent, pool, "acceptEdits");
                Sac.Result start = sac.run("start", agent);
                assertThat(start.exit()).as(start.toString()).isZero();
                ConversationAgents.awaitState(sac, agent, "waiting", Duration.ofSeconds(60));
                api.then(new ApiTurn(200, "Writing it.", 1, Duration.ZERO, "Write", Json.object()
                        .put("file_path", file).put("content", "alpha\nbeta\n").toString(), ""),
                        ApiTurn.text("Written."),
                        new ApiTurn(200, "Editing it.", 1, Duration.ZERO, "Edit", Json.object()
                        .put("file_path", file).put("old_string", "beta").put("new_string", "gamma")
                        .toString(), ""), ApiTurn.text("Edited."));
                ConversationAgents.send(sac, agent, "write the notes", "waiting");
                ConversationAgents.send(sac, agent, "edit the notes", "waiting");
                assertThat(hosts.run(TestCluster.ALIAS, RemoteCommand.of("cat", file)).stdout())
                        .isEqualTo("alpha\ngamma\n");

                Sac.Result r = sac.run("show-logs", agent, "--conversation", "--json");
                assertThat(r.exit()).as(r.toString()).isZero();
                JsonNode turns = Json.MAPPER.readTree(r.out()).path("turns");
                assertThat(ConversationAgents.texts(turns, "prompt")).containsExactly("write the notes", "edit the notes");
                JsonNode write = turns.get(0).path("entries").get(2);
                assertThat(write.path("tool").asText()).isEqualTo("Write");
                assertThat(write.path("input").asText()).isEqualTo(file + "\nalpha\nbeta\n");
                assertThat(turns.get(0).path("entries").get(3).path("error").asBoolean()).isFalse();
                JsonNode edit = turns.get(1).path("entries").get(2);
                assertThat(edit.path("tool").asText()).isEqualTo("Edit");
                assertThat(edit.path("input").asText()).isEqualTo(file + "\n- beta\n+ gamma");
                assertThat(turns.get(1).path("entries").get(3).path("error").asBoolean()).isFalse();
                String first = Json.MAPPER.readTree(r.out()).path("file").asText();

                // a new session (restart with session: new): the follower moves to the newer transcript
                List<Conversation> live = new CopyOnWriteArrayList<>();
                AgentSpecs specs = new AgentSpecs(sac, agent);
                try (var follower = new io.scitex.console.status.conversation.TranscriptFollower(hosts,
                        TestCluster.ALIAS, specs.spec(), live::add, m -> { }).start()) {
                    LocalJobs.await(() -> live.isEmpty() ? "" : live.get(live.size() - 1).file(),
                            first::equals, Duration.ofSeconds(10), "the follower on the first transcript");
                    Sac.Result restart = sac.run("start", agent, "--force");
                    assertThat(restart.exit()).as(restart.toString()).isZero();
                    ConversationAgents.awaitState(sac, agent, "waiting", Duration.ofSeconds(60));
                    ConversationAgents.send(sac, agent, "after the restart", "waiting");
                    Conversation now = LocalJobs.await(() -> live.get(live.size() - 1), c -> !c.file().equals(first)
                            && !c.turns().isEmpty(), Duration.ofSeconds(10), "the follower on the new transcript");
                    assertThat(now.turns()).extracting(io.scitex.console.status.conversation.Turn::prompt)
                            .containsExactly("after the restart");
                }
            } finally {
                sac.run("stop", agent);
                sac.run("reservations", "release", pool);
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("rm", "-rf", WORK));
            }
        }
    }

    /** The agent's spec as the CLI reads it. */
    private record AgentSpecs(Sac sac, String agent) {
        io.scitex.console.agent.AgentSpec spec() {
            return new io.scitex.console.agent.AgentDiscovery(List.of(sac.agents())).discover().agents().stream()
                    .filter(a -> a.name().equals(agent)).findFirst().orElseThrow();
        }
    }
}
