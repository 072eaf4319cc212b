package io.scitex.console.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.status.Activity;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.Needs;
import io.scitex.console.ui.main.MainViewModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InboxViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");

    private static AgentStatus agent(String name, AgentState state, String detail, int second) {
        Optional<Needs> needs = state.needsUser() ? Optional.of(new Needs(state.label(), detail, T0.plusSeconds(second)))
                : Optional.empty();
        return new AgentStatus(name, AgentRuntime.SLURM_TENANT, "pool", AgentPhase.RUNNING, "", "h", "42", "RUNNING",
                "n1", "1:00", "9:00", "", true, Activity.WAITING, List.of(), Optional.empty(), state, needs);
    }

    private static ClusterSnapshot snap(AgentStatus... agents) {
        return new ClusterSnapshot(T0, Map.of(), Arrays.stream(agents)
                .collect(Collectors.toMap(AgentStatus::agent, a -> a)), Map.of());
    }

    @Test
    void needsAreListedOldestFirstWithWhyAndAgentsThatDoNotNeedTheUserAreLeftOut() {
        InboxViewModel inbox = new InboxViewModel();
        inbox.apply(snap(agent("late", AgentState.QUESTION, "Which file?", 30),
                agent("busy", AgentState.WORKING, "", 0),
                agent("early", AgentState.NEEDS_PERMISSION, "Bash: rm -rf /tmp/x", 10),
                agent("broke", AgentState.ERROR, "API Error: 500", 20)));
        assertThat(inbox.rows()).extracting(InboxRow::agent).containsExactly("early", "broke", "late");
        assertThat(inbox.rows().get(0).what()).isEqualTo("permission");
        assertThat(inbox.rows().get(0).why()).isEqualTo("Bash: rm -rf /tmp/x");
        assertThat(inbox.titleProperty().get()).isEqualTo("Inbox (3)");
    }

    @Test
    void aNeedIsNewOnceUntilItGoesAwayAndComesBack() {
        InboxViewModel inbox = new InboxViewModel();
        AgentStatus asks = agent("a", AgentState.NEEDS_PERMISSION, "Bash: make", 1);
        assertThat(inbox.apply(snap(asks))).extracting(InboxRow::agent).containsExactly("a");
        assertThat(inbox.apply(snap(asks))).as("seen again on the next refresh").isEmpty();
        assertThat(inbox.apply(snap(asks, agent("b", AgentState.ERROR, "429", 2)))).extracting(InboxRow::agent)
                .containsExactly("b");
        inbox.apply(snap(agent("a", AgentState.WORKING, "", 0)));
        assertThat(inbox.rows()).isEmpty();
        assertThat(inbox.apply(snap(asks))).as("asked again after it was answered").hasSize(1);
    }

    @Test
    void theSelectionStaysOnTheNeedAndDecidesWhatTheButtonsMayDo() {
        InboxViewModel inbox = new InboxViewModel();
        inbox.apply(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash: make", 1),
                agent("q", AgentState.QUESTION, "Which?", 2)));
        inbox.selectedProperty().set(inbox.rows().get(0));
        assertThat(inbox.canApproveProperty().get()).isTrue();
        assertThat(inbox.canAnswerProperty().get()).isFalse();
        inbox.apply(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash: make", 3),
                agent("q", AgentState.QUESTION, "Which?", 2)));
        assertThat(inbox.selectedProperty().get().detail()).as("the same need, seen again later").isEqualTo(
                "Bash: make");
        inbox.apply(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash:\n  make ", 3),
                agent("q", AgentState.QUESTION, "Which?", 2)));
        assertThat(inbox.selectedProperty().get()).as("the same need as the screen wraps it").isNotNull();
        inbox.apply(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash: make test", 5),
                agent("q", AgentState.QUESTION, "Which?", 2)));
        assertThat(inbox.selectedProperty().get()).as("the same agent's NEW tool call is not selected: Approve would "
                + "act on what the user has not looked at").isNull();
        assertThat(inbox.canApproveProperty().get()).isFalse();
        inbox.selectedProperty().set(inbox.rows().get(0));
        assertThat(inbox.selectedProperty().get().agent()).isEqualTo("q");
        assertThat(inbox.canAnswerProperty().get()).isTrue();
        assertThat(inbox.canApproveProperty().get()).isFalse();
        inbox.apply(snap(agent("q", AgentState.WAITING, "", 0)));
        assertThat(inbox.selectedProperty().get()).isNull();
        assertThat(inbox.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void theWindowTitleCountsTheAgentsThatNeedTheUser() {
        MainViewModel main = new MainViewModel();
        main.baseTitleProperty().set("SAC Console — hpc");
        assertThat(main.windowTitleProperty().get()).isEqualTo("SAC Console — hpc");
        main.applySnapshot(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash: make", 1)));
        assertThat(main.windowTitleProperty().get()).isEqualTo("SAC Console — hpc — 1 needs you");
        main.applySnapshot(snap(agent("a", AgentState.NEEDS_PERMISSION, "Bash: make", 1),
                agent("b", AgentState.QUESTION, "Which?", 2)));
        assertThat(main.windowTitleProperty().get()).isEqualTo("SAC Console — hpc — 2 need you");
        main.applySnapshot(snap(agent("a", AgentState.WAITING, "", 1)));
        assertThat(main.windowTitleProperty().get()).isEqualTo("SAC Console — hpc");
    }

    @Test
    void theInboxButtonsActOnTheSelectedNeedsAgentAndSendGoesToTheSelectedAgents() {
        MainViewModel main = new MainViewModel();
        List<String> done = new java.util.ArrayList<>();
        main.setActions(new io.scitex.console.ui.main.MainActions() {
            @Override
            public void approve(io.scitex.console.agent.AgentSpec agent, String detail) {
                done.add("approve " + agent.name() + " " + detail);
            }

            @Override
            public void deny(io.scitex.console.agent.AgentSpec agent, String detail) {
                done.add("deny " + agent.name() + " " + detail);
            }

            @Override
            public void send(List<io.scitex.console.agent.AgentSpec> agents) {
                done.add("send " + agents.stream().map(io.scitex.console.agent.AgentSpec::name).toList());
            }
        });
        main.applyInventory(new io.scitex.console.inventory.Inventory(List.of(tenant("a"), tenant("b")), List.of(),
                List.of()));
        main.approve();
        assertThat(done).as("nothing selected, nothing done").isEmpty();
        main.applySnapshot(snap(agent("b", AgentState.NEEDS_PERMISSION, "Bash: make", 1)));
        main.inboxTab().selectedProperty().set(main.inboxTab().rows().get(0));
        main.approve();
        main.deny();
        main.agentsTab().selected().setAll(main.agents());
        main.sendPrompt();
        assertThat(done).containsExactly("approve b Bash: make", "deny b Bash: make", "send [a, b]");
    }

    private static io.scitex.console.agent.AgentSpec tenant(String name) {
        io.scitex.console.agent.SlurmSpec d = io.scitex.console.agent.SlurmSpec.DEFAULTS;
        io.scitex.console.agent.SlurmSpec slurm = new io.scitex.console.agent.SlurmSpec(d.partition(), d.timeLimit(),
                d.cpusPerTask(), d.mem(), d.nodes(), d.ntasks(), d.gres(), d.jobName(), d.signal(), d.autoResubmit(),
                d.hold(), d.logsDir(), d.extraDirectives(), d.hooks(), "pool");
        return new io.scitex.console.agent.AgentSpec(name, java.nio.file.Path.of("/agents", name, name + ".yaml"),
                AgentRuntime.SLURM_TENANT, "sonnet", "/tmp/" + name, Map.of(), List.of(),
                io.scitex.console.agent.ClaudeSpec.DEFAULTS, io.scitex.console.agent.RestartPolicy.NEVER, slurm);
    }
}
