package io.scitex.console.slurm;

import io.scitex.console.lease.Lease;
import java.util.OptionalLong;

/**
 * {@code scitex-hpc reservations book NAME --host H ...}: what to book, checked field by field. Empty strings mean
 * "not set" (no directive).
 *
 * @param tmuxServer the tmux socket bootstrapped in the job ({@code extras.tmux_server}); empty for none
 * @param signalSeconds for a persistent booking, how long before the walltime the job resubmits itself
 */
public record BookRequest(
        String name,
        String host,
        String partition,
        int cpus,
        String mem,
        String time,
        String nodelist,
        String account,
        String qos,
        String gpus,
        String tmuxServer,
        boolean persistent,
        long signalSeconds) {

    public static final int DEFAULT_CPUS = 4;
    public static final String DEFAULT_MEM = "8G";
    public static final String DEFAULT_TIME = "00:20:00";
    public static final long DEFAULT_SIGNAL_SECONDS = 3600;

    public BookRequest {
        SlurmValues.jobName("reservation name", name);
        if (host == null || !host.matches("[A-Za-z0-9_.@:-]+")) {
            throw new IllegalArgumentException("--host must be an ssh host alias, got '" + host + "'");
        }
        SlurmValues.optionalToken("--partition", partition);
        SlurmValues.positive("--cpus", cpus);
        SlurmValues.mem("--mem", mem);
        OptionalLong limit = SlurmValues.timeSeconds("--time", time);
        SlurmValues.optionalToken("--nodelist", nodelist);
        SlurmValues.optionalToken("--account", account);
        SlurmValues.optionalToken("--qos", qos);
        SlurmValues.optionalToken("--gpus", gpus);
        if (!tmuxServer.isEmpty() && !tmuxServer.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("--tmux-server must be a tmux socket name of letters, digits, '.', '-'"
                    + " and '_', got '" + tmuxServer + "'");
        }
        if (persistent && signalSeconds < 1) {
            throw new IllegalArgumentException("--signal-seconds must be at least 1, got '" + signalSeconds + "'");
        }
        if (persistent && limit.isPresent() && signalSeconds >= limit.getAsLong()) {
            throw new IllegalArgumentException("a persistent reservation resubmits itself " + signalSeconds
                    + " s before its end, but --time is only '" + time + "': every job would resubmit at once;"
                    + " use a longer --time or fewer --signal-seconds");
        }
    }

    /** scitex-hpc's defaults: 4 cpus, 8G, 00:20:00, no tmux server, not persistent. */
    public static BookRequest of(String name, String host) {
        return new BookRequest(name, host, "", DEFAULT_CPUS, DEFAULT_MEM, DEFAULT_TIME, "", "", "", "", "", false,
                DEFAULT_SIGNAL_SECONDS);
    }

    public BookRequest withPartition(String p) {
        return new BookRequest(name, host, p, cpus, mem, time, nodelist, account, qos, gpus, tmuxServer, persistent,
                signalSeconds);
    }

    public BookRequest withResources(int cpus, String mem, String time) {
        return new BookRequest(name, host, partition, cpus, mem, time, nodelist, account, qos, gpus, tmuxServer,
                persistent, signalSeconds);
    }

    public BookRequest withPlacement(String nodelist, String account, String qos, String gpus) {
        return new BookRequest(name, host, partition, cpus, mem, time, nodelist, account, qos, gpus, tmuxServer,
                persistent, signalSeconds);
    }

    public BookRequest withTmuxServer(String socket) {
        return new BookRequest(name, host, partition, cpus, mem, time, nodelist, account, qos, gpus, socket,
                persistent, signalSeconds);
    }

    public BookRequest withPersistent(boolean on, long seconds) {
        return new BookRequest(name, host, partition, cpus, mem, time, nodelist, account, qos, gpus, tmuxServer, on,
                seconds);
    }

    /** The lease id scitex-hpc gives this booking. */
    public String leaseId() {
        return Lease.idFor(host, name);
    }

    /** Where scitex-hpc keeps the script on the host, so {@code $0} can be resubmitted. */
    public String scriptPath() {
        return "~/.scitex/hpc/scripts/" + leaseId() + ".sh";
    }
}
