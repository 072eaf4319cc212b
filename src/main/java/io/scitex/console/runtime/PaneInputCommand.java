package io.scitex.console.runtime;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.PaneInput;
import io.scitex.console.slurm.SlurmValues;
import io.scitex.console.slurm.Srun;
import java.time.Duration;
import java.util.List;

/** ONE {@code srun} that types a {@link PaneInput} into a session; the text travels on stdin, never as a word. */
final class PaneInputCommand {
    private PaneInputCommand() {}

    static RemoteCommand of(PaneInput input, String jobId, String socket, String agentName) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("bash", "-c", RemoteScripts.PANE_INPUT, "sac-input", socket,
                SlurmValues.agentName("agent name", agentName)));
        argv.addAll(input.steps());
        RemoteCommand c = RemoteCommand.of(argv).withTimeout(Duration.ofSeconds(30));
        return input.text().map(c::withStdin).orElse(c);
    }
}
