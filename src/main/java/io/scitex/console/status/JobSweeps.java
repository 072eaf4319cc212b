package io.scitex.console.status;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.ShellQuote;
import io.scitex.console.runtime.PaneSweep;
import io.scitex.console.runtime.SweepResult;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.slurm.SlurmValues;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The panes of every running job of a host in ONE remote command: the reservations' tenants and the
 * {@code runtime: slurm} agents alike, a pane sweep per job (each its own {@code srun --overlap}, since each job has
 * its own tmux server), run in parallel on the login node with each answer kept in its own file and printed after a
 * {@code SAC-JOB} marker (docs/decisions/0500, 0704). A long script travels over stdin (the remote layer's
 * {@code ExecRunner.Request}), so no number of jobs or panes meets the 128 KB limit of one shell argument.
 */
final class JobSweeps {
    static final int PARALLEL = 8;
    private static final String MARK = "SAC-JOB\t";

    private JobSweeps() {}

    /** One sweep to run: a job, the tmux socket of its sessions and the hashes of the panes the console holds. */
    record Job(String jobId, String socket, Map<String, String> knownHashes) {
        /** A {@code runtime: slurm} agent's job: its tmux server is on the socket every such job uses. */
        Job(String jobId, Map<String, String> knownHashes) {
            this(jobId, SbatchScript.SOCKET, knownHashes);
        }
    }

    static RemoteCommand command(List<Job> jobs, int lines) {
        StringBuilder b = new StringBuilder("d=$(mktemp -d) || exit 1\ntrap 'rm -rf -- \"$d\"' EXIT\n");
        for (int i = 0; i < jobs.size(); i++) {
            Job j = jobs.get(i);
            RemoteCommand sweep = PaneSweep.command(j.jobId(), j.socket(), lines, j.knownHashes());
            b.append("( ").append(sweep.script()).append(" ) </dev/null >\"$d/").append(i).append("\" 2>&1 &\n");
            if ((i + 1) % PARALLEL == 0) {
                b.append("wait\n");
            }
        }
        b.append("wait\n");
        for (int i = 0; i < jobs.size(); i++) {
            b.append("printf 'SAC-JOB\\t%s\\n' ").append(ShellQuote.quote(SlurmValues.jobId(jobs.get(i).jobId())))
                    .append("; cat -- \"$d/").append(i).append("\"\n");
        }
        long rounds = (jobs.size() + PARALLEL - 1) / PARALLEL;
        return RemoteCommand.script(b.toString()).withTimeout(Duration.ofSeconds(30 + 10 * rounds));
    }

    /** Each job's sweep; a job whose answer was cut off maps to an incomplete result. */
    static Map<String, Answer> parse(String stdout) {
        Map<String, StringBuilder> chunks = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : stdout.split("\n", -1)) {
            if (line.startsWith(MARK)) {
                current = chunks.computeIfAbsent(line.substring(MARK.length()).strip(), k -> new StringBuilder());
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, Answer> out = new LinkedHashMap<>();
        chunks.forEach((job, text) -> out.put(job, new Answer(PaneSweep.parse(text.toString()), text.toString())));
        return out;
    }

    /** A job's sweep and the raw text it came from (srun's own errors included, for the detail). */
    record Answer(SweepResult sweep, String raw) {}
}
