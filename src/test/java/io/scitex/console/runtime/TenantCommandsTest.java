package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.slurm.Specs;
import io.scitex.console.testing.Bash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantCommandsTest {
    private static final String FLAG = "--x'; touch /tmp/pwned-unit; '";

    private static AgentSpec tenant(String name) {
        return Specs.agent(name, AgentRuntime.SLURM_TENANT, Specs.tenant(name, "dev-pool").slurm(),
                new ClaudeSpec(List.of(FLAG), ClaudeSpec.SessionMode.NEW), Map.of("TOKEN_FILE", "~/t $x"),
                "~/work dir/" + name);
    }

    @Test
    void tmuxCommandExportsEntersTheWorkdirAndExecsClaude() {
        assertThat(Specs.noHooks(TenantCommands.tmuxCommand(tenant("a")))).isEqualTo("export SAC_AGENT_ID=a"
                + " SAC_WORKDIR=\"$HOME\"/'work dir/a' TOKEN_FILE='~/t $x'"
                + " && mkdir -p -- \"$SAC_WORKDIR\" && cd -- \"$SAC_WORKDIR\""
                + " && exec claude --model sonnet '--x'\\''; touch /tmp/pwned-unit; '\\'''");
    }

    @Test
    void oneSrunCarriesEveryAgentAsArguments() {
        RemoteCommand cmd = TenantCommands.start(Leases.withTmux("4711", "sac"), List.of(tenant("a"), tenant("b")),
                false);
        List<String> outer = Words.of(cmd.toShellLine());
        assertThat(outer.subList(0, 2)).containsExactly("bash", "-lc");
        List<String> argv = Words.of(outer.get(2));
        assertThat(argv.subList(0, 7)).containsExactly("srun", "--jobid=4711", "--overlap", "--nodes=1", "--ntasks=1",
                "bash", "-c");
        assertThat(argv.get(7)).isEqualTo(RemoteScripts.TENANT_BATCH);
        assertThat(argv.subList(8, argv.size())).containsExactly("sac-batch", "sac",
                "start", "a", TenantCommands.tmuxCommand(tenant("a")), OutputLog.pipeCommand("a"),
                "start", "b", TenantCommands.tmuxCommand(tenant("b")), OutputLog.pipeCommand("b"));
        Bash.assertSyntaxOk(cmd.toShellLine());
        Bash.assertSyntaxOk(RemoteScripts.TENANT_BATCH);
    }

    @Test
    void forceAndStop() {
        List<String> force = Words.of(Words.of(TenantCommands.start(Leases.withTmux("9", "pool sock"),
                List.of(tenant("a")), true).toShellLine()).get(2));
        assertThat(force.subList(8, 11)).containsExactly("sac-batch", "pool sock", "force");
        List<String> stop = Words.of(Words.of(TenantCommands.stop(Leases.withTmux("9", "sac"), List.of("a", "b"))
                .toShellLine()).get(2));
        assertThat(stop.subList(8, stop.size())).containsExactly("sac-batch", "sac", "stop", "a", "", "", "stop", "b", "",
                "");
    }

    @Test
    void logsAndAttach() {
        assertThat(TenantCommands.logs(Leases.withTmux("9", "sac"), "a", 100).script())
                .isEqualTo("srun --jobid=9 --overlap --nodes=1 --ntasks=1 tmux -L sac capture-pane -p -t =sac-a: -S -100");
        assertThat(TenantCommands.attachArgv(Leases.withTmux("9", "sac"), "a")).containsExactly("srun", "--jobid=9",
                "--overlap", "--nodes=1", "--ntasks=1", "--pty", "tmux", "-u", "-L", "sac", "attach", "-t", "=sac-a");
    }

    @Test
    void upstreamErrorsForUnusableLeases() {
        assertThatThrownBy(() -> TenantCommands.start(Leases.withTmux("", "sac"), List.of(tenant("a")), false))
                .hasMessage("reservation 'dev-pool' exists but has no live job_id. Has the SLURM job exited? Check"
                        + " 'scitex-hpc reservations get'.");
        assertThatThrownBy(() -> TenantCommands.stop(Leases.withoutTmux("9"), List.of("a")))
                .hasMessage("reservation 'spartan-dev-pool' was not booked with tmux_server set. Re-book via:"
                        + " scitex-hpc reservations book dev-pool --host spartan --tmux-server sac ...");
    }

    @Test
    void refusesBadNamesAndDuplicates() {
        assertThatThrownBy(() -> TenantCommands.stop(Leases.withTmux("9", "sac"), List.of("two words")))
                .hasMessageContaining("agent name must be");
        assertThatThrownBy(() -> TenantCommands.stop(Leases.withTmux("9", "sac"), List.of("a", "a")))
                .hasMessageContaining("names an agent twice");
    }
}
