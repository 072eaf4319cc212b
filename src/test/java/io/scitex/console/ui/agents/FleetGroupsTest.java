package io.scitex.console.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.status.Activity;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.AgentStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetGroupsTest {
    @Test
    void groupsByClusterThenReservationWithCountsByState() {
        List<AgentRow> rows = List.of(
                row("a", "pool-1", "h1", AgentPhase.RUNNING, AgentState.WORKING),
                row("b", "pool-1", "h1", AgentPhase.RUNNING, AgentState.QUESTION),
                row("c", "", "h1", AgentPhase.PENDING, AgentState.NONE),
                row("d", "pool-2", "h2", AgentPhase.LOST, AgentState.NONE),
                row("e", "pool-2", "h2", AgentPhase.EXITED, AgentState.EXITED),
                new AgentRow(spec("f", "pool-3"))); // never refreshed
        List<FleetGroups.Cluster> groups = FleetGroups.of(rows);
        assertThat(groups).extracting(c -> c.group().cluster()).containsExactly(FleetGroups.NO_HOST, "h1", "h2");
        FleetGroups.Cluster h1 = groups.get(1);
        assertThat(h1.group().counts()).isEqualTo(new FleetCounts(1, 1, 1, 0, 0));
        assertThat(h1.reservations()).extracting(FleetGroups.Group::reservation)
                .containsExactly(FleetGroups.OWN_JOBS, "pool-1");
        assertThat(groups.get(2).group().label()).isEqualTo("h2 (2) · 2 stopped");
        assertThat(groups.get(0).group().counts().unknown()).isEqualTo(1);

        FleetGroups.Group pool1 = h1.reservations().get(1);
        assertThat(rows.stream().filter(pool1::contains).map(AgentRow::name)).containsExactly("a", "b");
        assertThat(rows.stream().filter(h1.group()::contains).map(AgentRow::name)).containsExactly("a", "b", "c");
        assertThat(FleetGroups.countsOn("h2", rows).stopped()).isEqualTo(2);
    }

    @Test
    void anUnreachableHostsAgentsCountAsUnknownNeverStopped() {
        AgentRow r = row("x", "pool", "h", AgentPhase.UNKNOWN, AgentState.UNKNOWN);
        assertThat(FleetCounts.NONE.plus(r.status())).isEqualTo(new FleetCounts(0, 0, 0, 0, 1));
        assertThat(FleetCounts.NONE.plus(r.status()).summary()).isEqualTo(
                "0 working · 0 need you · 0 stopped · 1 unknown");
    }

    @Test
    void anAgentTheConsoleDoesNotRunHasAGroupOfItsOwnWithNoReservation() {
        AgentSpec slurm = spec("s", "pool");
        AgentSpec aider = new AgentSpec("local-notes", Path.of("/agents/local-notes/local-notes.yaml"),
                AgentRuntime.AIDER, "sonnet", AgentSpec.defaultWorkdir("local-notes"), Map.of(), List.of(),
                ClaudeSpec.DEFAULTS, RestartPolicy.NEVER, slurm.slurm());
        List<FleetGroups.Cluster> groups = FleetGroups.of(List.of(new AgentRow(slurm), new AgentRow(aider)));
        assertThat(groups).extracting(c -> c.group().cluster()).containsExactly(FleetGroups.NO_HOST,
                FleetGroups.NOT_SLURM);
        assertThat(groups.get(1).reservations()).as("no reservation level under it").isEmpty();
        assertThat(groups.get(1).group().label()).as("no state counted").isEqualTo(FleetGroups.NOT_SLURM + " (1)");
        assertThat(groups.get(0).reservations()).extracting(FleetGroups.Group::reservation).containsExactly("pool");
    }

    private static AgentRow row(String name, String reservation, String host, AgentPhase phase, AgentState state) {
        AgentRow r = new AgentRow(spec(name, reservation));
        r.apply(new AgentStatus(name, AgentRuntime.SLURM_TENANT, reservation, phase, "", host, "42", "RUNNING",
                "node1", "1:00", "23:59:00", "", phase == AgentPhase.RUNNING, Activity.WAITING, List.of(),
                Optional.empty(), state, Optional.empty()));
        return r;
    }

    private static AgentSpec spec(String name, String reservation) {
        SlurmSpec slurm = new SlurmSpec("", "1-00:00:00", 1, "4G", 1, 1, "", "", "B:USR1@3600", true,
                SlurmSpec.DEFAULT_HOLD, "~/slurm_logs", List.of(), SlurmSpec.DEFAULTS.hooks(), reservation);
        AgentRuntime rt = reservation.isEmpty() ? AgentRuntime.SLURM : AgentRuntime.SLURM_TENANT;
        return new AgentSpec(name, Path.of("/agents", name, name + ".yaml"), rt, "sonnet",
                AgentSpec.defaultWorkdir(name), Map.of(), List.of(), ClaudeSpec.DEFAULTS, RestartPolicy.NEVER, slurm);
    }
}
