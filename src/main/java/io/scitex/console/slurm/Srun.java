package io.scitex.console.slurm;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code srun} prefix for commands inside a running job. One node and one task, so a multi-node allocation
 * runs the command once, on the batch node where the job's tmux server lives.
 */
public final class Srun {
    private Srun() {}

    public static List<String> inJob(String jobId) {
        return new ArrayList<>(List.of("srun", "--jobid=" + SlurmValues.jobId(jobId), "--overlap", "--nodes=1",
                "--ntasks=1"));
    }

    /** For interactive use: task zero gets a pseudo terminal. */
    public static List<String> ptyInJob(String jobId) {
        List<String> argv = inJob(jobId);
        argv.add("--pty");
        return argv;
    }
}
