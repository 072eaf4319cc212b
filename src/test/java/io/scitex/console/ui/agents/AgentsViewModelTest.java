package io.scitex.console.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.InvalidAgent;
import io.scitex.console.agent.Problem;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentsViewModelTest {
    private final AgentsViewModel model = new AgentsViewModel();

    static AgentSpec agent(String name, AgentRuntime runtime) {
        return new AgentSpec(name, Path.of("/agents", name, name + ".yaml"), runtime, "sonnet",
                AgentSpec.defaultWorkdir(name), Map.of(), List.of(), ClaudeSpec.DEFAULTS, RestartPolicy.NEVER,
                SlurmSpec.DEFAULTS);
    }

    private static AgentRow.Entry broken(String name) {
        Path file = Path.of("/agents", name, name + ".yaml");
        return AgentRow.Entry.of(new InvalidAgent(name, file, List.of(
                Problem.error(file, 3, 5, "unknown key 'runtme' (did you mean 'runtime'?)"),
                Problem.error(file, 7, 1, "slurm.cpus must be a positive whole number"))));
    }

    @Test
    void startStopAndAttachFollowTheSelection() {
        model.apply(List.of(AgentRow.Entry.of(agent("a", AgentRuntime.SLURM)),
                AgentRow.Entry.of(agent("b", AgentRuntime.SLURM)), AgentRow.Entry.of(agent("c", AgentRuntime.CLAUDE_CODE)),
                broken("d")));
        assertThat(model.canRunProperty().get()).isFalse();
        model.selected().setAll(model.rows().get(2));
        assertThat(model.canRunProperty().get()).as("a local agent is not the console's to start").isFalse();
        model.selected().setAll(model.rows().get(3));
        assertThat(model.canRunProperty().get()).as("an invalid agent cannot start").isFalse();
        model.selected().setAll(model.rows().get(0));
        assertThat(model.canRunProperty().get()).isTrue();
        assertThat(model.canAttachProperty().get()).isTrue();
        model.selected().setAll(model.rows().get(0), model.rows().get(1));
        assertThat(model.canAttachProperty().get()).as("attach opens one terminal").isFalse();
        assertThat(model.runnableSelection()).extracting(AgentSpec::name).containsExactly("a", "b");
    }

    @Test
    void anInvalidAgentStaysListedWithItsFirstProblemAndAllInTheTooltip() {
        model.apply(List.of(broken("d")));
        AgentRow row = model.rows().get(0);
        assertThat(row.stateProperty().get()).isEqualTo("invalid: unknown key 'runtme' (did you mean 'runtime'?)");
        assertThat(row.stateStyleProperty().get()).isEqualTo("state-invalid");
        assertThat(row.detailsProperty().get()).contains("d.yaml:3:5: error:").contains("d.yaml:7:1: error:");

        model.apply(List.of(AgentRow.Entry.of(agent("d", AgentRuntime.SLURM))));
        assertThat(model.rows().get(0)).as("fixed in place, same row").isSameAs(row);
        assertThat(row.stateProperty().get()).isEqualTo("not checked yet");
        model.apply(List.of(broken("d")));
        assertThat(row.stateProperty().get()).startsWith("invalid: ");
    }

    @Test
    void theFilterMatchesNameWhereAndState() {
        model.apply(List.of(AgentRow.Entry.of(agent("alpha", AgentRuntime.SLURM)), broken("beta")));
        model.filterProperty().set("INVALID");
        assertThat(model.filtered()).extracting(AgentRow::name).containsExactly("beta");
        model.filterProperty().set("alp");
        assertThat(model.filtered()).extracting(AgentRow::name).containsExactly("alpha");
        model.filterProperty().set("");
        assertThat(model.filtered()).hasSize(2);
    }

    @Test
    void aVanishedAgentLeavesTheSelection() {
        model.apply(List.of(AgentRow.Entry.of(agent("a", AgentRuntime.SLURM))));
        model.selected().setAll(model.rows().get(0));
        model.apply(List.of());
        assertThat(model.selected()).isEmpty();
        assertThat(model.canRunProperty().get()).isFalse();
    }
}
