package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.testing.Await;
import io.scitex.console.testing.LocalCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Submits, watches and cancels jobs on the local cluster with the console's own commands and parsers. */
public final class LocalJobs {
    private final Path dir;

    /** @param dir where scripts are written and from where they are submitted (slurm-<id>.out lands here) */
    public LocalJobs(Path dir) {
        this.dir = dir;
    }

    public String submit(String name, String script, List<String> folders) {
        ExecResult r = LocalCluster.run(Sbatch.writeAndSubmit(dir.resolve(name + ".sh").toString(), script, folders),
                dir);
        assertThat(r.exitStatus()).as("sbatch: %s %s", r.stdout(), r.stderr()).isZero();
        return Sbatch.submittedJobId(r.stdout()).orElseThrow(() -> new AssertionError("no job id in " + r.stdout()));
    }

    public Optional<JobRef> job(String jobId) {
        return SqueueParser.job(jobId, LocalCluster.run(Squeue.job(jobId)).stdout());
    }

    public Optional<JobRef> newestByName(String name) {
        return SqueueParser.newestByName(LocalCluster.run(Squeue.byName(name)).stdout());
    }

    public JobRef awaitJob(String jobId, Predicate<Optional<JobRef>> until, Duration timeout) {
        return await(() -> job(jobId), until, timeout, "job " + jobId).orElse(null);
    }

    /** {@code srun --jobid=<job> --overlap ... argv} as one command. */
    public static RemoteCommand inJob(String jobId, String... argv) {
        List<String> all = Srun.inJob(jobId);
        all.addAll(List.of(argv));
        return RemoteCommand.of(all);
    }

    public ExecResult run(RemoteCommand cmd) {
        return LocalCluster.run(cmd, dir);
    }

    /** Cancels every job of this name (twice, in case a trap resubmitted one while the first scancel ran). */
    public void cancelAll(String name) {
        LocalCluster.run(Sbatch.cancelByName(name), dir);
        sleep(1000);
        LocalCluster.run(Sbatch.cancelByName(name), dir);
    }

    public static <T> T await(Supplier<T> probe, Predicate<T> until, Duration timeout, String what) {
        return Await.until(probe, until, timeout, what);
    }

    static void sleep(long ms) {
        Await.sleep(ms);
    }
}
