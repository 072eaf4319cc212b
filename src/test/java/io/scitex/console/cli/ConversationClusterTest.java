package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.Prices;
import io.scitex.console.testing.ApiTurn;
import io.scitex.console.testing.ClaudeAccount;
import io.scitex.console.testing.ClusterClaude;
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.DirectUiExecutor;
import io.scitex.console.ui.conversation.ContextConversationSource;
import io.scitex.console.ui.conversation.ConversationItem;
import io.scitex.console.ui.conversation.ConversationViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code 2.1.328 in a tenant on the local cluster, answered by a scripted API with its own usage
 * figures per answer: a three-turn conversation with a Bash tool call (approved with {@code sac approve}) as
 * {@code sac show-logs --conversation [--json]} prints it and as the Conversation tab's view model follows it live.
 */
@Tag(TestCluster.TAG)
class ConversationClusterTest {
    private static final String RAND = UUID.randomUUID().toString().substring(0, 6);
    private static final String POOL = "conv-" + RAND;
    private static final String WORK = "/tmp/sac-conv-" + RAND;
    private static final String AGENT = "talk-" + RAND;

    @TempDir
    Path home;

    @Test
    void aScriptedThreeTurnConversationWithABashCallShowsPromptsAnswersCommandResultAndTokensPerTurn()
            throws Exception {
        Sac sac = new Sac(home);
        try (SshHosts hosts = TestCluster.hosts(); ScriptedApi api = ScriptedApi.start();
                ClaudeAccount account = ClaudeAccount.pointAt(hosts, api)) {
            Sac.Result book = sac.run("reservations", "book", POOL, "--cpus", "1", "--mem", "4000M", "--time",
                    "00:20:00", "--tmux-server", "sac");
            assertThat(book.exit()).as(book.toString()).isZero();
            try {
                converse(sac, hosts, api);
            } finally {
                sac.run("stop", AGENT);
                sac.run("reservations", "release", POOL);
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("rm", "-rf", WORK));
            }
        }
    }

    private static void agentYaml(Sac sac, String agent, String pool, String mode) throws java.io.IOException {
        Path dir = Files.createDirectories(sac.agents().resolve(agent));
        Files.writeString(dir.resolve(agent + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  workdir: %s/%s
                  env:
                    PATH: "%s:/usr/local/bin:/usr/bin:/bin"
                  claude:
                    session: new
                    flags: ["--permission-mode", "%s"]
                  slurm:
                    reservation: %s
                """.formatted(WORK, agent, ClusterClaude.REAL_BIN, mode, pool));
    }

    private void converse(Sac sac, SshHosts hosts, ScriptedApi api) throws Exception {
        String never = "never-" + RAND;
        agentYaml(sac, never, POOL, "default");
        Sac.Result none = sac.run("show-logs", never, "--conversation");
        assertThat(none.exit()).as(none.toString()).isEqualTo(1);
        assertThat(none.err()).contains("no Claude Code transcript of agent '" + never + "' on " + TestCluster.ALIAS
                + " (looked in /").contains("/.claude/projects/-tmp-sac-conv-" + RAND + "-never-" + RAND + ")");
        agentYaml(sac, AGENT, POOL, "default");
        Sac.Result start = sac.run("start", AGENT);
        assertThat(start.exit()).as(start.toString()).isZero();
        awaitState(sac, "waiting", Duration.ofSeconds(60));

        // the window's Conversation tab, headless: it follows the agent from before the first prompt
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, sac.agents().toString()));
        List<String> problems = new CopyOnWriteArrayList<>();
        try (ConsoleContext context = ConsoleContext.open(paths, ConsoleContext.Overrides.NONE
                .withSshConfig(TestCluster.sshConfig()).withDefaultHost(TestCluster.ALIAS), Prompter.none());
                ConversationViewModel view = new ConversationViewModel()) {
            List<Conversation> live = new CopyOnWriteArrayList<>();
            view.setSource((agent, sink, p) -> new ContextConversationSource(context).follow(agent,
                    c -> {
                        live.add(c);
                        sink.accept(c);
                    }, p), new DirectUiExecutor(), problems::add);
            view.select(AGENT);
            view.activeProperty().set(true);

            String command = "touch " + WORK + "/ran-" + RAND + " && echo result-" + RAND;
            api.then(ApiTurn.text("First answer " + RAND).withTokens(new ApiTurn.Tokens(101, 11, 1001, 51)),
                    ApiTurn.bash(command, "Run the command").withTokens(new ApiTurn.Tokens(102, 12, 1002, 52)),
                    ApiTurn.text("The command printed its result.").withTokens(new ApiTurn.Tokens(103, 13, 1003, 0)),
                    ApiTurn.text("Third answer with **bold**\n\n- one\n- two").withTokens(
                            new ApiTurn.Tokens(104, 14, 0, 54)));
            send(sac, "first prompt " + RAND, "waiting");
            send(sac, "second prompt: run it", "needs-permission");
            Sac.Result approve = sac.run("approve", AGENT);
            assertThat(approve.exit()).as(approve.toString()).isZero();
            awaitState(sac, "waiting", Duration.ofSeconds(30));
            send(sac, "third prompt", "waiting");

            Sac.Result r = sac.run("show-logs", AGENT, "--conversation", "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode doc = Json.MAPPER.readTree(r.out());
            assertConversation(doc, command);

            // the live view reached the same three turns (the follower's last snapshot) within a few seconds
            LocalJobs.await(() -> live.isEmpty() ? 0 : live.get(live.size() - 1).turns().size(), n -> n == 3,
                    Duration.ofSeconds(10), "the live follower's third turn");
            LocalJobs.await(view::items, items -> items.stream().anyMatch(i -> i.body().contains("Third answer")),
                    Duration.ofSeconds(10), "the view's third answer");
            assertView(view.items(), command);
            assertThat(view.totalProperty().get()).contains("in 410 · out 50 · cache read 3006 · cache write 157");

            Sac.Result text = sac.run("show-logs", AGENT, "--conversation");
            assertThat(text.exit()).as(text.toString()).isZero();
            assertThat(text.out()).contains("> first prompt " + RAND).contains("First answer " + RAND)
                    .contains("$ " + command).contains("  result-" + RAND)
                    .contains("tokens: in 205 · out 25 · cache read 2005 · cache write 52")
                    .contains("Total: in 410 · out 50 · cache read 3006 · cache write 157 · estimated cost $");

            view.close();
            LocalJobs.await(() -> followers(hosts), List::isEmpty, Duration.ofSeconds(10),
                    "no transcript stream left on the host after the view closed");
        }
        assertThat(problems).isEmpty();
    }

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
                agentYaml(sac, agent, pool, "acceptEdits");
                Sac.Result start = sac.run("start", agent);
                assertThat(start.exit()).as(start.toString()).isZero();
                awaitState(sac, agent, "waiting", Duration.ofSeconds(60));
                api.then(new ApiTurn(200, "Writing it.", 1, Duration.ZERO, "Write", Json.object()
                        .put("file_path", file).put("content", "alpha\nbeta\n").toString(), ""),
                        ApiTurn.text("Written."),
                        new ApiTurn(200, "Editing it.", 1, Duration.ZERO, "Edit", Json.object()
                        .put("file_path", file).put("old_string", "beta").put("new_string", "gamma")
                        .toString(), ""), ApiTurn.text("Edited."));
                send(sac, agent, "write the notes", "waiting");
                send(sac, agent, "edit the notes", "waiting");
                assertThat(hosts.run(TestCluster.ALIAS, RemoteCommand.of("cat", file)).stdout())
                        .isEqualTo("alpha\ngamma\n");

                Sac.Result r = sac.run("show-logs", agent, "--conversation", "--json");
                assertThat(r.exit()).as(r.toString()).isZero();
                JsonNode turns = Json.MAPPER.readTree(r.out()).path("turns");
                assertThat(texts(turns, "prompt")).containsExactly("write the notes", "edit the notes");
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
                    awaitState(sac, agent, "waiting", Duration.ofSeconds(60));
                    send(sac, agent, "after the restart", "waiting");
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

    private static void assertConversation(JsonNode doc, String command) {
        assertThat(doc.path("agent").asText()).isEqualTo(AGENT);
        assertThat(doc.path("file").asText()).startsWith("/").endsWith(".jsonl")
                .contains("-tmp-sac-conv-" + RAND + "-" + AGENT + "/");
        JsonNode turns = doc.path("turns");
        assertThat(turns).hasSize(3);
        assertThat(texts(turns, "prompt")).containsExactly("first prompt " + RAND, "second prompt: run it",
                "third prompt");
        assertThat(kinds(turns.get(1))).containsExactly("prompt", "answer", "tool_call", "tool_result", "answer");
        JsonNode call = turns.get(1).path("entries").get(2);
        assertThat(call.path("tool").asText()).isEqualTo("Bash");
        assertThat(call.path("input").asText()).isEqualTo("$ " + command);
        JsonNode result = turns.get(1).path("entries").get(3);
        assertThat(result.path("text").asText()).isEqualTo("result-" + RAND);
        assertThat(result.path("error").asBoolean()).isFalse();
        assertThat(turns.get(0).path("entries").get(1).path("text").asText()).isEqualTo("First answer " + RAND);
        assertThat(turns.get(2).path("entries").get(1).path("text").asText())
                .isEqualTo("Third answer with **bold**\n\n- one\n- two");
        // tokens per turn equal to the scripted usage (turn 2: the tool call's answer plus the one after it)
        assertUsage(turns.get(0).path("usage"), 101, 11, 1001, 51);
        assertUsage(turns.get(1).path("usage"), 205, 25, 2005, 52);
        assertUsage(turns.get(2).path("usage"), 104, 14, 0, 54);
        assertUsage(doc.path("total"), 410, 50, 3006, 157);
        assertUsage(turns.get(2).path("running_total"), 410, 50, 3006, 157);
        double expected = Prices.estimate("claude-sonnet-5-5", new io.scitex.console.status.conversation.Usage(410,
                50, 3006, 157));
        assertThat(doc.path("cost_usd_estimate").asDouble()).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(1e-7));
    }

    private static void assertView(List<ConversationItem> items, String command) {
        assertThat(items).anyMatch(i -> i.kind() == ConversationItem.Kind.PROMPT
                && i.body().equals("first prompt " + RAND));
        assertThat(items).anyMatch(i -> i.kind() == ConversationItem.Kind.TOOL_CALL
                && i.title().startsWith("Bash") && i.body().equals("$ " + command));
        assertThat(items).anyMatch(i -> i.kind() == ConversationItem.Kind.TOOL_RESULT
                && i.body().equals("result-" + RAND));
        assertThat(items.stream().filter(i -> i.kind() == ConversationItem.Kind.TOKENS).map(ConversationItem::body))
                .hasSize(3).first().asString().startsWith("in 101 · out 11 · cache read 1001 · cache write 51");
    }

    private static void assertUsage(JsonNode u, long in, long out, long read, long write) {
        assertThat(List.of(u.path("input_tokens").asLong(), u.path("output_tokens").asLong(),
                u.path("cache_read_input_tokens").asLong(), u.path("cache_creation_input_tokens").asLong()))
                .as(u.toString()).containsExactly(in, out, read, write);
    }

    private static List<String> texts(JsonNode turns, String field) {
        List<String> out = new ArrayList<>();
        turns.forEach(t -> out.add(t.path(field).asText()));
        return out;
    }

    private static List<String> kinds(JsonNode turn) {
        List<String> out = new ArrayList<>();
        turn.path("entries").forEach(e -> out.add(e.path("kind").asText()));
        return out;
    }

    /** The host's processes of this test's transcript streams (the follow loop names the workdir). */
    private static List<String> followers(SshHosts hosts) {
        try {
            return hosts.run(TestCluster.ALIAS, RemoteCommand.script("ps -eo args")).stdoutLines().stream()
                    .filter(l -> l.contains("SAC-TRANSCRIPT") && l.contains(WORK)).toList();
        } catch (io.scitex.console.remote.RemoteException e) {
            throw new AssertionError(e);
        }
    }

    private static void send(Sac sac, String prompt, String until) {
        send(sac, AGENT, prompt, until);
    }

    private static void send(Sac sac, String agent, String prompt, String until) {
        Sac.Result r = sac.run("send", agent, "-m", prompt);
        assertThat(r.exit()).as(r.toString()).isZero();
        awaitState(sac, agent, until, Duration.ofSeconds(30));
    }

    private static JsonNode awaitState(Sac sac, String state, Duration within) {
        return awaitState(sac, AGENT, state, within);
    }

    private static JsonNode awaitState(Sac sac, String agent, String state, Duration within) {
        return LocalJobs.await(() -> {
            Sac.Result r = sac.run("show-status", agent, "--json");
            try {
                return Json.MAPPER.readTree(r.out());
            } catch (java.io.IOException e) {
                throw new AssertionError(r.toString(), e);
            }
        }, s -> s.path("state").asText().equals(state), within, agent + " " + state);
    }
}
