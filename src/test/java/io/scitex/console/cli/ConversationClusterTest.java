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
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.DirectUiExecutor;
import io.scitex.console.ui.conversation.ContextConversationSource;
import io.scitex.console.ui.conversation.ConversationItem;
import io.scitex.console.ui.conversation.ConversationViewModel;
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

    private void converse(Sac sac, SshHosts hosts, ScriptedApi api) throws Exception {
        String never = "never-" + RAND;
        ConversationAgents.agentYaml(sac, WORK, never, POOL, "default");
        Sac.Result none = sac.run("show-logs", never, "--conversation");
        assertThat(none.exit()).as(none.toString()).isEqualTo(1);
        assertThat(none.err()).contains("no Claude Code transcript of agent '" + never + "' on " + TestCluster.ALIAS
                + " (looked in /").contains("/.claude/projects/-tmp-sac-conv-" + RAND + "-never-" + RAND + ")");
        ConversationAgents.agentYaml(sac, WORK, AGENT, POOL, "default");
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
            List<java.time.Instant> liveAt = new CopyOnWriteArrayList<>();
            view.setSource((agent, sink, p) -> new ContextConversationSource(context).follow(agent,
                    c -> {
                        liveAt.add(java.time.Instant.now());
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
            // latency: the third answer fully sent by the API -> its record in the follower's snapshot
            java.time.Instant answered = api.finished().get(3);
            int first = 0;
            while (!live.get(first).toString().contains("Third answer")) {
                first++;
            }
            Duration latency = Duration.between(answered, liveAt.get(first));
            System.out.println("ConversationClusterTest: answer sent -> record followed in " + latency.toMillis()
                    + " ms");
            assertThat(latency).as("the follower sees a new record within ~1 s").isLessThan(Duration.ofSeconds(2));
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

    private static void assertConversation(JsonNode doc, String command) {
        assertThat(doc.path("agent").asText()).isEqualTo(AGENT);
        assertThat(doc.path("file").asText()).startsWith("/").endsWith(".jsonl")
                .contains("-tmp-sac-conv-" + RAND + "-" + AGENT + "/");
        JsonNode turns = doc.path("turns");
        assertThat(turns).hasSize(3);
        assertThat(ConversationAgents.texts(turns, "prompt")).containsExactly("first prompt " + RAND, "second prompt: run it",
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
        ConversationAgents.send(sac, AGENT, prompt, until);
    }

    private static JsonNode awaitState(Sac sac, String state, Duration within) {
        return ConversationAgents.awaitState(sac, AGENT, state, within);
    }

}
