package io.scitex.console.slurm;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.ShellQuote;
import java.util.List;

/** The squeue commands the console runs; {@link SqueueParser} reads their output. */
public final class Squeue {
    /** Name last, so a {@code |} in a job name cannot shift the other fields. */
    static final String POLL_FORMAT = "%i|%T|%M|%L|%N|%r|%S|%P|%j";
    static final int POLL_FIELDS = 9;
    private static final String CURRENT_USER = "--user=\"${USER:-$(id -un)}\"";

    private Squeue() {}

    /**
     * The poller's one query per host: every job of the user, including ones that ended within SLURM's MinJobAge,
     * so the end state can be reported.
     *
     * @param user the cluster user; empty for the login's own user
     */
    public static RemoteCommand userJobs(String user) {
        return RemoteCommand.script(userOption(user) + " " + ShellQuote.join(
                List.of("--noheader", "--states=all", "--format=" + POLL_FORMAT)));
    }

    /** scitex-hpc's refresh: the user's jobs with this name ({@code '%i %T %N'}). */
    public static RemoteCommand byName(String jobName) {
        SlurmValues.oneLine("job name", jobName);
        return RemoteCommand.script(userOption("") + " " + ShellQuote.join(
                List.of("--name=" + jobName, "--noheader", "--format=%i %T %N")));
    }

    /** One job's state and node ({@code '%T %N'}), polled while a booking waits for its allocation. */
    public static RemoteCommand job(String jobId) {
        return RemoteCommand.of("squeue", "--jobs=" + SlurmValues.jobId(jobId), "--noheader", "--format=%T %N");
    }

    /** The scheduler's expected start of a pending job. */
    public static RemoteCommand expectedStart(String jobId) {
        return RemoteCommand.of("squeue", "--start", "--jobs=" + SlurmValues.jobId(jobId), "--noheader",
                "--format=%i|%S|%r");
    }

    private static String userOption(String user) {
        return "squeue " + (user.isEmpty() ? CURRENT_USER : ShellQuote.quote("--user=" + user));
    }
}
