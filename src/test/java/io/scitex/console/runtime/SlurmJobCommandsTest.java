package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.slurm.Specs;
import io.scitex.console.testing.Bash;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SlurmJobCommandsTest {
    private final AgentSpec agent = Specs.slurmAgent("head-spartan");

    @Test
    void pathsOfTheContract() {
        assertThat(SlurmJobCommands.scriptPath("head-spartan"))
                .isEqualTo("~/.scitex/agent-container/runtime/slurm-scripts/head-spartan.sbatch");
        assertThat(SlurmJobCommands.statePath("head-spartan"))
                .isEqualTo("~/.scitex/agent-container/runtime/slurm-state/head-spartan.json");
    }

    @Test
    void submitWritesTheRenderedWrapperAndCreatesTheLogsFolder() {
        RemoteCommand cmd = SlurmJobCommands.submit(agent, "/home/u");
        assertThat(new String(cmd.stdin(), StandardCharsets.UTF_8)).isEqualTo(SbatchScript.render(agent, "/home/u"));
        assertThat(cmd.script()).startsWith("mkdir -p -- \"$HOME\"/.scitex/agent-container/runtime/slurm-scripts"
                + " \"$HOME\"/slurm_logs && cat > ").endsWith(" && sbatch \"$HOME\"/.scitex/agent-container/runtime"
                + "/slurm-scripts/head-spartan.sbatch");
        Bash.assertSyntaxOk(cmd.toShellLine());
    }

    @Test
    void homeQueryAndLogs() {
        assertThat(SlurmJobCommands.parseHome("DISPLAY: x\nSAC-HOME\t/home/u\n")).hasValue("/home/u");
        assertThat(SlurmJobCommands.parseHome("SAC-HOME\t\n")).isEmpty();
        Bash.Result r = Bash.run(java.util.List.of("/bin/bash", "-c", SlurmJobCommands.homeQuery().toShellLine()),
                java.util.Map.of("HOME", "/home/tester"), "");
        assertThat(SlurmJobCommands.parseHome(r.stdout())).hasValue("/home/tester");
        assertThat(SlurmJobCommands.tailLog(agent, "77", 50).script())
                .isEqualTo("tail -n 50 -- \"$HOME\"/slurm_logs/head-spartan_77.out");
        assertThat(SlurmJobCommands.attachArgv(agent, "77")).endsWith("tmux", "-u", "-L", "sac", "attach", "-t",
                "=sac-head-spartan");
        assertThat(SlurmJobCommands.stop(agent, "77").script())
                .isEqualTo("scancel 77; scancel --user=\"${USER:-$(id -un)}\" --name=head-spartan");
    }
}
