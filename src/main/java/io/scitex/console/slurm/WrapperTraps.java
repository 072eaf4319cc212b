package io.scitex.console.slurm;

import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.remote.ShellQuote;

/**
 * The traps and the hold of the {@code runtime: slurm} wrapper (docs/decisions/0301). The walltime handler
 * resubmits once per job, with {@code --dependency=afterany:<this job>} so the successor never runs beside this
 * job, and the default hold goes back to waiting after the handler so the agent keeps its last hour.
 */
final class WrapperTraps {
    private static final String NOW = "\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"";

    private WrapperTraps() {}

    static String render(boolean autoResubmit, String signalName, String walltimeHook) {
        StringBuilder b = new StringBuilder();
        b.append("sac_hold=\n")
                .append("sac_on_exit() {\n")
                .append("  local rc=$?\n")
                .append("  if [[ -n $sac_hold ]]; then kill \"$sac_hold\" 2>/dev/null || true; fi\n")
                .append("  printf '[sac/slurm] wrapper exiting rc=%s at %s\\n' \"$rc\" ").append(NOW).append('\n')
                .append("}\n")
                .append("trap sac_on_exit EXIT\n")
                // bash runs the EXIT trap with $? = 0 when killed by TERM; exiting from a TERM trap reports 143.
                .append("trap 'exit 143' TERM\n")
                .append("sac_resubmitted=0\n")
                .append("sac_on_walltime() {\n")
                .append("  printf '[sac/slurm] walltime signal at %s\\n' ").append(NOW).append('\n');
        SbatchScript.hook(b, "spec.slurm.hooks.walltime_signal", walltimeHook, "walltime_signal", "  ",
                " || printf '[sac/slurm] walltime_signal hook failed rc=%s\\n' \"$?\"");
        if (autoResubmit) {
            b.append("  if ((sac_resubmitted)); then return 0; fi\n")
                    .append("  sac_resubmitted=1\n")
                    .append("  (cd \"${SLURM_SUBMIT_DIR:-.}\" && ")
                    .append("sbatch --dependency=afterany:\"${SLURM_JOB_ID:?}\" \"$0\")")
                    .append(" || printf '[sac/slurm] resubmit failed rc=%s\\n' \"$?\"\n");
        } else {
            b.append("  printf '[sac/slurm] auto_resubmit disabled\\n'\n");
        }
        b.append("}\n").append("trap sac_on_walltime ").append(signalName).append('\n');
        return b.toString();
    }

    /** The default hold waits in a loop, so the walltime trap (which interrupts {@code wait}) returns to it. */
    static String hold(String hold) {
        if (hold.equals(SlurmSpec.DEFAULT_HOLD)) {
            return "sleep infinity &\n"
                    + "sac_hold=$!\n"
                    + "while kill -0 \"$sac_hold\" 2>/dev/null; do\n"
                    + "  wait \"$sac_hold\" || true\n"
                    + "done\n";
        }
        if (hold.isBlank() || hold.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("spec.slurm.hold must be a shell command, got '" + hold + "'");
        }
        return "eval " + ShellQuote.quote(hold.strip()) + "\n";
    }
}
