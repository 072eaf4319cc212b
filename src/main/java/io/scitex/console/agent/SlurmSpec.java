package io.scitex.console.agent;

import java.util.List;

/**
 * {@code spec.slurm} with the defaults of the sac contract §1. Strings are never null; an empty string means
 * "not set" (no directive).
 */
public record SlurmSpec(
        String partition,
        String timeLimit,
        int cpusPerTask,
        String mem,
        int nodes,
        int ntasks,
        String gres,
        String jobName,
        String signal,
        boolean autoResubmit,
        String hold,
        String logsDir,
        List<String> extraDirectives,
        SlurmHooks hooks,
        String reservation) {

    public static final String DEFAULT_HOLD = "sleep infinity & wait $!";

    public static final SlurmSpec DEFAULTS = new SlurmSpec(
            "", "1-00:00:00", 1, "4G", 1, 1, "", "", "B:USR1@3600", true, DEFAULT_HOLD, "~/slurm_logs",
            List.of(), SlurmHooks.NONE, "");

    public SlurmSpec {
        extraDirectives = List.copyOf(extraDirectives);
    }

    /** The job name: {@code job_name}, or the agent's name when empty. */
    public String jobNameOr(String agentName) {
        return jobName.isEmpty() ? agentName : jobName;
    }
}
