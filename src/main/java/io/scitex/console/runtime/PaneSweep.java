package io.scitex.console.runtime;

import io.scitex.console.lease.Lease;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.SlurmValues;
import io.scitex.console.slurm.Srun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ONE {@code srun} per job that lists the {@code sac-*} sessions of a tmux socket and returns each pane's last
 * lines with an md5, sending the text only when the hash differs from the one the console passes in.
 */
public final class PaneSweep {
    private static final String PANE = "SAC-PANE\t";
    private static final String NOSERVER = "SAC-NOSERVER\t";
    private static final String HOOK = "SAC-HOOK\t";

    private PaneSweep() {}

    /** The sweep of a reservation's tenants. */
    public static RemoteCommand command(Lease lease, int lines, Map<String, String> knownHashes) {
        return command(TenantCommands.liveJob(lease), TenantCommands.socket(lease), lines, knownHashes);
    }

    /**
     * @param knownHashes agent name to the hash of the pane text the console already holds
     */
    public static RemoteCommand command(String jobId, String socket, int lines, Map<String, String> knownHashes) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("bash", "-c", RemoteScripts.PANE_SWEEP, "sac-sweep", socket,
                String.valueOf(SlurmValues.positive("lines", lines))));
        for (Map.Entry<String, String> e : new TreeMap<>(knownHashes).entrySet()) {
            SlurmValues.agentName("agent name", e.getKey());
            if (!e.getValue().matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("pane hash of " + e.getKey() + " must be an md5, got '"
                        + e.getValue() + "'");
            }
            argv.add(e.getKey() + "=" + e.getValue());
        }
        return RemoteCommand.of(argv);
    }

    public static SweepResult parse(String stdout) {
        Map<String, PaneReport> panes = new LinkedHashMap<>();
        Map<String, HookMark> hooks = new LinkedHashMap<>();
        boolean running = true;
        String error = "";
        boolean complete = false;
        for (String line : stdout.split("\r?\n")) {
            if (line.equals("SAC-END")) {
                complete = true;
            } else if (line.startsWith(NOSERVER)) {
                running = false;
                error = ResultCodec.decode(line.substring(NOSERVER.length()));
            } else if (line.startsWith(HOOK)) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    HookMark.parse(f[2], f[3]).ifPresent(h -> hooks.put(f[1], h));
                }
            } else if (line.startsWith(PANE)) {
                pane(line.split("\t", -1)).ifPresent(p -> panes.put(p.name(), p));
            }
        }
        return new SweepResult(running, error, panes, complete, hooks);
    }

    private static Optional<PaneReport> pane(String[] f) {
        if (f.length == 3 && f[2].equals("gone")) {
            return Optional.of(new PaneReport(f[1], PaneReport.Kind.GONE, "", ""));
        }
        if (f.length == 4 && f[2].equals("same")) {
            return Optional.of(new PaneReport(f[1], PaneReport.Kind.SAME, f[3], ""));
        }
        if (f.length == 5 && f[2].equals("new")) {
            return Optional.of(new PaneReport(f[1], PaneReport.Kind.NEW, f[3], ResultCodec.decode(f[4])));
        }
        return Optional.empty();
    }
}
