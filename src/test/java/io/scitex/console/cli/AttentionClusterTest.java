package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.testing.ApiTurn;
import io.scitex.console.testing.ClaudeAccount;
import io.scitex.console.testing.ScriptedApi;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Claude Code 2.1.328 in tenants of a reservation on the local cluster, answered by a scripted Messages API:
 * what {@code sac send}, {@code show-status}, {@code inbox}, {@code approve} and {@code deny} do with it.
 */
@Tag(TestCluster.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttentionClusterTest {
    private static final String RAND = UUID.randomUUID().toString().substring(0, 6);
    private static final String POOL = "attn-" + RAND;
    private static final String WORK = "/tmp/sac-attn-" + RAND;
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    static Path home;
    private Sac sac;
    private SshHosts hosts;
    private ScriptedApi api;
    private ClaudeAccount account;
    private ConsoleContext context;
    private StatusPoller poller;
    private final List<String> started = new ArrayList<>();

    @BeforeAll
    void bookAndPointClaudeAtTheApi() throws Exception {
        sac = new Sac(home);
        hosts = TestCluster.hosts();
        api = ScriptedApi.start();
        account = ClaudeAccount.pointAt(hosts, api);
        Sac.Result book = sac.run("reservations", "book", POOL, "--cpus", "1", "--mem", "4000M", "--time",
                "00:20:00", "--tmux-server", "sac");
        assertThat(book.exit()).as(book.toString()).isZero();
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, sac.agents().toString()));
        context = ConsoleContext.open(paths, ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig())
                .withDefaultHost(TestCluster.ALIAS), Prompter.none());
        poller = new StatusPoller(context.sshHosts(), context.inventory()::load, context.runtimeStates(),
                context.leases(), context::settings, Clock.systemUTC(), TestCluster.ALIAS, r -> { });
    }

    @AfterAll
    void stopAndRelease() throws Exception {
        try {
            if (!started.isEmpty()) {
                sac.run(cmd("stop", started));
            }
            sac.run("reservations", "release", POOL);
            hosts.run(TestCluster.ALIAS, RemoteCommand.of("rm", "-rf", WORK));
        } finally {
            poller.close();
            context.close();
            account.close();
            api.close();
            hosts.close();
        }
    }

    /** Tenants running the real claude in the default permission mode, started and waiting at their prompt. */
    private List<String> tenants(String prefix, int n) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = prefix + i + "-" + RAND;
            ConversationAgents.agentYaml(sac, WORK, name, POOL, "default");
            names.add(name);
        }
        Sac.Result start = sac.run(cmd("start", names));
        assertThat(start.exit()).as(start.toString()).isZero();
        started.addAll(names);
        for (String name : names) {
            awaitState(name, "waiting", START);
        }
        return names;
    }

    private static String[] cmd(String verb, List<String> names, String... more) {
        List<String> all = new ArrayList<>(List.of(verb));
        all.addAll(names);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private JsonNode status(String name) {
        Sac.Result r = sac.run("show-status", name, "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        try {
            return Json.MAPPER.readTree(r.out());
        } catch (java.io.IOException e) {
            throw new AssertionError(r.toString(), e);
        }
    }

    private JsonNode awaitState(String name, String state, Duration within) {
        return LocalJobs.await(() -> status(name), s -> s.path("state").asText().equals(state), within,
                name + " " + state);
    }

    @Test
    void aThreeLinePromptSentToFiveTenantsStreamsTheAnswerAndEndsWaiting() throws Exception {
        List<String> five = tenants("s", 5);
        String prompt = "first line of the prompt " + RAND + "\n  second line, indented\nthird: $HOME 'quoted' `x`";
        api.otherwise(ApiTurn.slow("Streaming a scripted answer slowly, for ten seconds.", 20, Duration.ofSeconds(10)));
        int before = api.finished().size();
        Sac.Result send = sac.withStdin(prompt + "\n").run(cmd("send", five, "-"));
        sac.withStdin("");
        assertThat(send.exit()).as(send.toString()).isZero();
        Instant sent = Instant.now();
        assertThat(seenWithin(five, "working", sent)).as("a refresh begun within 2 s of the send sees all working")
                .isLessThan(Duration.ofSeconds(2));
        LocalJobs.await(api::finished, f -> f.size() >= before + 5, Duration.ofSeconds(30), "five answers sent");
        Instant end = api.finished().stream().max(Instant::compareTo).orElseThrow();
        assertThat(seenWithin(five, "waiting", end)).as("a refresh begun within 2 s of the last answer's end sees "
                + "all waiting").isLessThan(Duration.ofSeconds(2));
        List<ScriptedApi.Request> got = api.mainRequests().stream()
                .filter(r -> r.lastUserTexts().contains(prompt)).toList();
        assertThat(got).as("requests carrying the exact prompt").hasSize(5);
        for (String t : five) {
            assertThat(got).anyMatch(r -> r.body().toString().contains(WORK + "/" + t));
        }
        sac.run(cmd("stop", five));
        started.removeAll(five);
    }

    /**
     * How long after {@code from} the first refresh began that saw every agent in {@code state} (a refresh sees the
     * panes as of its sweep, after its start); fails after 20 s.
     */
    private Duration seenWithin(List<String> names, String state, Instant from) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> last = List.of();
        while (System.nanoTime() < end) {
            Instant began = Instant.now();
            last = states(names);
            if (last.stream().allMatch(state::equals)) {
                return Duration.between(from, began).isNegative() ? Duration.ZERO : Duration.between(from, began);
            }
        }
        throw new AssertionError(names + " not all " + state + " within 20 s; last seen: " + last);
    }

    /** The states the window would show: one refresh of a long-lived poller (a warm SSH connection). */
    private List<String> states(List<String> names) {
        ClusterSnapshot snap = poller.refreshOnce();
        return names.stream().map(n -> snap.agents().containsKey(n) ? snap.agents().get(n).state().label() : "?")
                .toList();
    }

    @Test
    void aBashToolCallNeedsPermissionApproveRunsItDenyTellsClaude() throws Exception {
        String t = tenants("p", 1).get(0);
        // a write: Claude asks (it runs a plain echo without asking)
        String command = "touch " + WORK + "/marker-" + RAND + " && echo approved-" + RAND;
        api.then(ApiTurn.bash(command, "Say approved"), ApiTurn.text("all done"));
        assertThat(sac.run("send", t, "-m", "run the echo").exit()).isZero();
        JsonNode st = awaitState(t, "needs-permission", Duration.ofSeconds(20));
        assertThat(st.path("needs").path("kind").asText()).isEqualTo("needs-permission");
        assertThat(st.path("needs").path("detail").asText()).isEqualTo("Bash: " + command);
        JsonNode inbox = Json.MAPPER.readTree(sac.run("inbox", "--json").out());
        assertThat(inbox.toString()).contains(t).contains(command);

        // another call than the one read: nothing typed, the call still waits
        Sac.Result other = sac.run("approve", t, "--expect", "rm -rf " + WORK);
        assertThat(other.exit()).as(other.toString()).isEqualTo(1);
        assertThat(other.err()).contains("waits on \"Bash: " + command + "\", which does not contain \"rm -rf")
                .contains("nothing was typed");
        assertThat(sac.run("approve", t, "--expect", " ").exit()).isEqualTo(2);
        assertThat(awaitState(t, "needs-permission", Duration.ofSeconds(5)).path("needs").path("detail").asText())
                .isEqualTo("Bash: " + command);

        Sac.Result approve = sac.run("approve", t, "--expect", "touch  " + WORK + "/marker-" + RAND);
        assertThat(approve.exit()).as(approve.toString()).isZero();
        LocalJobs.await(() -> api.mainRequests().stream().flatMap(r -> r.toolResults().stream())
                .anyMatch(b -> b.toString().contains("approved-" + RAND)), b -> b, Duration.ofSeconds(20),
                "the tool_result at the API");
        awaitState(t, "waiting", Duration.ofSeconds(20));
        Sac.Result again = sac.run("approve", t);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not waiting for a permission (state: waiting)");

        api.then(ApiTurn.bash("rm -rf " + WORK + "/nothing-" + RAND, "Remove it"), ApiTurn.text("Understood."));
        assertThat(sac.run("send", t, "-m", "remove it").exit()).isZero();
        awaitState(t, "needs-permission", Duration.ofSeconds(20));
        Sac.Result deny = sac.run("deny", t, "-m", "no", "--expect", "rm -rf " + WORK + "/nothing-" + RAND);
        assertThat(deny.exit()).as(deny.toString()).isZero();
        ScriptedApi.Request denied = LocalJobs.await(() -> api.mainRequests().stream()
                .filter(r -> r.lastUserTexts().contains("no")).findFirst(), r -> r.isPresent(), Duration.ofSeconds(20),
                "the denial at the API").orElseThrow();
        assertThat(denied.toolResults()).anyMatch(b -> b.path("is_error").asBoolean());
        awaitState(t, "waiting", Duration.ofSeconds(20));
    }

    @Test
    void apiErrorsUsageLimitBadLoginEscAndAKilledClaudeEachLandInTheirState() throws Exception {
        String t = tenants("e", 1).get(0);
        api.then(ApiTurn.error(500, "api_error", "Internal server error (scripted)"));
        assertThat(sac.run("send", t, "-m", "one").exit()).isZero();
        assertThat(awaitState(t, "error", Duration.ofSeconds(20)).path("needs").path("detail").asText())
                .contains("500").contains("Internal server error (scripted)");

        api.then(ApiTurn.error(429, "rate_limit_error", "You have reached your usage limit"));
        assertThat(sac.run("send", t, "-m", "two").exit()).isZero();
        LocalJobs.await(() -> status(t), s -> s.path("needs").path("detail").asText().contains("usage limit"),
                Duration.ofSeconds(20), t + " usage limit");

        api.then(ApiTurn.error(401, "authentication_error", "invalid x-api-key"));
        assertThat(sac.run("send", t, "-m", "three").exit()).isZero();
        LocalJobs.await(() -> status(t), s -> s.path("needs").path("detail").asText().contains("Invalid API key"),
                Duration.ofSeconds(20), t + " bad login");

        api.then(ApiTurn.slow("A long answer that is interrupted by Esc before it ends.", 40, Duration.ofSeconds(30)));
        assertThat(sac.run("send", t, "-m", "four").exit()).isZero();
        awaitState(t, "working", Duration.ofSeconds(10));
        String job = status(t).path("job_id").asText();
        tmux(job, "send-keys", "-t", "=sac-" + t + ":", "Escape");
        awaitState(t, "waiting", Duration.ofSeconds(10));

        // "exited" needs an observer that saw claude alive: the window's poller, not a one-shot command
        LocalJobs.await(() -> poller.refreshOnce().agents().get(t), a -> a != null && a.sessionAlive(),
                Duration.ofSeconds(20), t + " alive in the poller");
        ExecResult pid = tmux(job, "display-message", "-p", "-t", "=sac-" + t + ":", "#{pane_pid}");
        hosts.run(TestCluster.ALIAS, RemoteCommand.of("srun", "--jobid=" + job, "--overlap", "kill",
                pid.stdout().strip()));
        LocalJobs.await(() -> poller.refreshOnce().agents().get(t), a -> a.state() == AgentState.EXITED,
                Duration.ofSeconds(20), t + " exited");
        started.remove(t);
    }

    @Test
    void whileThePollerRunsStateChangesArePushedWithinTwoSeconds() throws Exception {
        String t = tenants("q", 1).get(0);
        List<Map.Entry<Instant, String>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        poller.addListener(snap -> {
            if (snap.agents().containsKey(t)) {
                seen.add(Map.entry(Instant.now(), snap.agents().get(t).state().label()));
            }
        });
        poller.start(); // idle cadence 15 s (the default): only a pushed event explains a change seen within 2 s
        LocalJobs.await(() -> seen, s -> !s.isEmpty() && s.get(s.size() - 1).getValue().equals("waiting"),
                Duration.ofSeconds(20), t + " waiting in the running poller");
        Thread.sleep(3000); // the event stream opens after the first snapshot
        api.then(ApiTurn.slow("Pushed, not polled.", 10, Duration.ofSeconds(6)));
        int before = api.finished().size();
        assertThat(sac.run("send", t, "-m", "push it").exit()).isZero();
        Instant sent = Instant.now();
        Instant working = firstSeen(seen, "working", sent);
        assertThat(Duration.between(sent, working)).as("working pushed").isLessThan(Duration.ofSeconds(2));
        LocalJobs.await(api::finished, f -> f.size() > before, Duration.ofSeconds(30), "the answer sent");
        Instant end = api.finished().get(api.finished().size() - 1);
        Instant waiting = firstSeen(seen, "waiting", end);
        assertThat(Duration.between(end, waiting)).as("waiting pushed").isLessThan(Duration.ofSeconds(2));
    }

    private static Instant firstSeen(List<Map.Entry<Instant, String>> seen, String state, Instant after) {
        return LocalJobs.await(() -> seen.stream().filter(e -> !e.getKey().isBefore(after))
                .filter(e -> e.getValue().equals(state)).findFirst(), java.util.Optional::isPresent,
                Duration.ofSeconds(20), state + " after " + after).orElseThrow().getKey();
    }

    private ExecResult tmux(String job, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("srun", "--jobid=" + job, "--overlap", "tmux", "-L", "sac"));
        argv.addAll(List.of(args));
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.of(argv));
        assertThat(r.ok()).as(r.toString()).isTrue();
        return r;
    }
}
