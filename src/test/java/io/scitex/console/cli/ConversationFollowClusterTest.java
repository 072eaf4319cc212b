package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.testing.ApiTurn;
import io.scitex.console.testing.ClaudeAccount;
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sac show-logs NAME --conversation -f} against the real Claude Code in a tenant, answered by a scripted API:
 * it prints the turn so far, then the next turn as it happens with its tokens; Ctrl-C ends it and leaves no stream
 * on the host.
 */
@Tag(TestCluster.TAG)
class ConversationFollowClusterTest {
    private static final String RAND = UUID.randomUUID().toString().substring(0, 6);
    private static final String POOL = "convf-" + RAND;
    private static final String WORK = "/tmp/sac-convf-" + RAND;
    private static final String AGENT = "follow-" + RAND;

    @TempDir
    Path home;

    @Test
    void followPrintsEachNewTurnAsItHappensAndCtrlCEndsItLeavingNothingOnTheHost() throws Exception {
        Sac sac = new Sac(home);
        try (SshHosts hosts = TestCluster.hosts(); ScriptedApi api = ScriptedApi.start()) {
            // the API named in the workdir's project settings: other tests point the shared account elsewhere
            String settings = "{\"env\": {\"ANTHROPIC_BASE_URL\": \"" + api.baseUrl() + "\", \"ANTHROPIC_API_KEY\": \""
                    + ClaudeAccount.KEY + "\", \"DISABLE_AUTOUPDATER\": \"1\", "
                    + "\"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC\": \"1\"}}";
            assertThat(hosts.run(TestCluster.ALIAS, RemoteCommand.of("bash", "-c", "mkdir -p \"$1/.claude\" && cat"
                    + " > \"$1/.claude/settings.json\"", "sac-settings", WORK + "/" + AGENT).withStdin(settings))
                    .ok()).isTrue();
            Sac.Result book = sac.run("reservations", "book", POOL, "--cpus", "1", "--mem", "4000M", "--time",
                    "00:20:00", "--tmux-server", "sac");
            assertThat(book.exit()).as(book.toString()).isZero();
            try {
                follow(sac, hosts, api);
            } finally {
                sac.run("stop", AGENT);
                sac.run("reservations", "release", POOL);
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("rm", "-rf", WORK));
            }
        }
    }

    private void follow(Sac sac, SshHosts hosts, ScriptedApi api) throws Exception {
        ConversationAgents.agentYaml(sac, WORK, AGENT, POOL, "default");
        Sac.Result start = sac.run("start", AGENT);
        assertThat(start.exit()).as(start.toString()).isZero();
        ConversationAgents.awaitState(sac, AGENT, "waiting", Duration.ofSeconds(60));
        api.then(ApiTurn.text("First answer " + RAND).withTokens(new ApiTurn.Tokens(101, 11, 1001, 51)),
                ApiTurn.text("Second answer " + RAND).withTokens(new ApiTurn.Tokens(202, 22, 2002, 52)));
        ConversationAgents.send(sac, AGENT, "first prompt " + RAND, "waiting");

        Sac.Running follow = sac.start("show-logs", AGENT, "--conversation", "-f");
        String first = "   tokens: in 101 · out 11 · cache read 1001 · cache write 51";
        LocalJobs.await(() -> follow.out().toString(), o -> o.contains(first), Duration.ofSeconds(30),
                "the first turn with its tokens; stderr: " + follow.err());
        assertThat(follow.out().toString()).startsWith("Conversation of " + AGENT + " — /")
                .contains("── Turn 1 ", "> first prompt " + RAND, "First answer " + RAND)
                .doesNotContain("Second answer");

        ConversationAgents.send(sac, AGENT, "second prompt " + RAND, "waiting");
        String second = "   tokens: in 202 · out 22 · cache read 2002 · cache write 52";
        LocalJobs.await(() -> follow.out().toString(), o -> o.contains(second), Duration.ofSeconds(30),
                "the second turn as it happened; stderr: " + follow.err());
        assertThat(followers(hosts)).as("the transcript stream on the host").isNotEmpty();
        follow.stop(); // Ctrl-C
        assertThat(follow.thread().isAlive()).as("show-logs ended").isFalse();

        List<String> out = follow.out().toString().lines().toList();
        assertThat(out.get(out.size() - 1)).endsWith("(running: in 303 · out 33 · cache read 3003 · cache write 103)");
        assertThat(out.stream().map(l -> l.replaceFirst(" · ~\\$.*", ""))).as("each entry once, in order")
                .containsExactly(out.get(0), "", "── Turn 1 " + "─".repeat(40), "> first prompt " + RAND,
                        "First answer " + RAND, first, "", "── Turn 2 " + "─".repeat(40), "> second prompt " + RAND,
                        "Second answer " + RAND, second);
        assertThat(follow.err().toString()).isEmpty();
        LocalJobs.await(() -> followers(hosts), List::isEmpty, Duration.ofSeconds(10),
                "no transcript stream left on the host after Ctrl-C");
    }

    /** The host's processes of this test's transcript stream (the follow loop names the workdir). */
    private static List<String> followers(SshHosts hosts) {
        try {
            return hosts.run(TestCluster.ALIAS, RemoteCommand.script("ps -eo args")).stdoutLines().stream()
                    .filter(l -> l.contains("SAC-TRANSCRIPT") && l.contains(WORK)).toList();
        } catch (io.scitex.console.remote.RemoteException e) {
            throw new AssertionError(e);
        }
    }
}
