package io.scitex.console.slurm;

import io.scitex.console.remote.ShellQuote;

/**
 * The scitex-hpc booking script (sac contract §3): directives, an optional walltime trap that resubmits the script
 * once per job, the tmux server bootstrap, and a hold that goes back to waiting after the trap, so the job keeps
 * holding its tenants until its walltime (docs/decisions/0301).
 */
public final class ReservationScript {
    private ReservationScript() {}

    public static String render(BookRequest r) {
        SbatchDirectives d = new SbatchDirectives()
                .addIfSet("partition", r.partition())
                .add("cpus-per-task", String.valueOf(r.cpus()))
                .add("time", r.time())
                .add("mem", r.mem())
                .addIfSet("nodelist", r.nodelist())
                .addIfSet("account", r.account())
                .addIfSet("qos", r.qos())
                .addIfSet("gpus", r.gpus())
                .add("job-name", r.name());
        if (r.persistent()) {
            d.add("signal", "B:USR1@" + r.signalSeconds());
        }
        StringBuilder b = new StringBuilder("#!/bin/bash\n").append(d.text());
        if (r.persistent()) {
            b.append("sac_resubmitted=0\n")
                    .append("sac_on_usr1() {\n")
                    .append("  if ((sac_resubmitted == 0)); then\n")
                    .append("    sac_resubmitted=1\n")
                    .append("    sbatch \"$0\"\n")
                    .append("  fi\n")
                    .append("}\n")
                    .append("trap sac_on_usr1 USR1\n");
        }
        if (!r.tmuxServer().isEmpty()) {
            String sock = ShellQuote.quote(r.tmuxServer());
            b.append("tmux -L ").append(sock).append(" new-session -d -s _root 'sleep infinity' || {\n")
                    .append("  echo 'tmux server did not start' >&2\n")
                    .append("  exit 1\n")
                    .append("}\n");
        }
        b.append("sleep infinity &\n")
                .append("sac_hold=$!\n")
                .append("while kill -0 \"$sac_hold\" 2>/dev/null; do\n")
                .append("  wait \"$sac_hold\"\n")
                .append("done\n");
        return b.toString();
    }
}
