package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.BookProgress;
import io.scitex.console.slurm.BookRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reservations book NAME}: submit the hold job and wait for its allocation, as scitex-hpc does. */
@Command(name = "book", mixinStandardHelpOptions = true,
        description = {"Submit a hold job for reservation NAME and wait until SLURM allocates it.",
                "Prints 'booked: id=<id> job=<job> node=<node>'; while the job waits in the queue, its state and "
                        + "reason go to stderr. If the wait ends first the lease is kept with an empty node "
                        + "(run 'sac reservations refresh NAME' later)."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations book dev-pool --host spartan --partition cascade \\",
                "      --cpus 8 --mem 32G --time 7-0 --tmux-server sac --persistent",
                "  sac reservations book gpu-pool --host spartan --partition gpu-a100 \\",
                "      --gpus A100:1 --account punim2354 --qos publicgpu --tmux-server sac",
                "",
                "slurm-tenant agents need --tmux-server; --persistent resubmits the job",
                "(same name, new job id) before its walltime ends."})
final class ReservationBookCommand extends Verb {
    @Parameters(paramLabel = "NAME", description = "reservation name (the SLURM job name); the lease id is "
            + "<host>-<NAME>")
    String name;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's)")
    String partition = "";

    @Option(names = "--cpus", paramLabel = "N", description = "CPUs per task (default: ${DEFAULT-VALUE})")
    int cpus = BookRequest.DEFAULT_CPUS;

    @Option(names = "--mem", paramLabel = "M", description = "memory, e.g. 8G or 512M (default: ${DEFAULT-VALUE})")
    String mem = BookRequest.DEFAULT_MEM;

    @Option(names = "--time", paramLabel = "T",
            description = "walltime, e.g. 7-0, 1-12:00:00 or 01:00:00 (default: ${DEFAULT-VALUE})")
    String time = BookRequest.DEFAULT_TIME;

    @Option(names = "--nodelist", paramLabel = "NODE", description = "pin the allocation to this node")
    String nodelist = "";

    @Option(names = "--account", paramLabel = "A", description = "SLURM account / project to bill")
    String account = "";

    @Option(names = "--qos", paramLabel = "Q", description = "SLURM QOS")
    String qos = "";

    @Option(names = "--gpus", paramLabel = "SPEC", description = "GPUs, passed to --gpus (e.g. 1, A100:2)")
    String gpus = "";

    @Option(names = "--tmux-server", paramLabel = "SOCKET", description = "start a long-lived tmux server with "
            + "this socket name as the job's main process; slurm-tenant agents need it (e.g. sac)")
    String tmuxServer = "";

    @Option(names = "--persistent", description = "resubmit the job (same name) before its walltime ends")
    boolean persistent;

    @Option(names = "--signal-seconds", paramLabel = "S", description = "with --persistent: resubmit this many "
            + "seconds before the walltime (default: ${DEFAULT-VALUE})")
    long signalSeconds = BookRequest.DEFAULT_SIGNAL_SECONDS;

    @Option(names = "--poll-timeout", paramLabel = "SECONDS",
            description = "how long to wait for the allocation (default: ${DEFAULT-VALUE})")
    double pollTimeout = 300;

    @Option(names = "--dry-run", description = "print the plan as JSON without submitting")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "accepted for scitex-hpc compatibility; book never asks")
    boolean yes;

    @Option(names = "--json", description = "print the lease as JSON")
    boolean json;

    @Override
    int run(CliBackend backend) throws Exception {
        String host = root().globalOptions().host().or(backend::defaultHost).orElseThrow(() -> new CliException(
                ExitStatus.USAGE, "error: no host: pass --host ALIAS, or set SCITEX_HPC_HOST or the console's "
                        + "default host"));
        BookRequest request = BookRequest.of(name, host).withPartition(partition).withResources(cpus, mem, time)
                .withPlacement(nodelist, account, qos, gpus).withTmuxServer(tmuxServer)
                .withPersistent(persistent, signalSeconds);
        if (dryRun) {
            out().println(Json.dumps(plan(request)));
            return ExitStatus.OK;
        }
        Lease lease = backend.reservations().book(request, Duration.ofMillis((long) (pollTimeout * 1000)),
                progressPrinter());
        out().println(json ? Json.dumps(LeaseView.json(lease)) : LeaseView.booked(lease));
        return ExitStatus.OK;
    }

    /** One stderr line per change of state, reason or expected start. */
    private java.util.function.Consumer<BookProgress> progressPrinter() {
        AtomicReference<String> last = new AtomicReference<>("");
        return p -> {
            String line = "job " + p.jobId() + ": " + p.state()
                    + (p.reason().isEmpty() ? "" : " (" + p.reason() + ")")
                    + p.expectedStart().map(s -> ", expected start " + s).orElse("");
            if (!line.equals(last.getAndSet(line))) {
                err().println(line);
                err().flush();
            }
        };
    }

    private static ObjectNode plan(BookRequest r) {
        ObjectNode plan = Json.object();
        plan.put("would_book", r.name());
        ObjectNode config = plan.putObject("config");
        config.put("host", r.host());
        config.put("partition", r.partition());
        config.put("cpus", r.cpus());
        config.put("time", r.time());
        config.put("mem", r.mem());
        config.put("nodelist", r.nodelist());
        config.put("account", r.account());
        config.put("qos", r.qos());
        config.put("gpus", r.gpus());
        plan.put("persistent", r.persistent());
        plan.put("tmux_server", r.tmuxServer());
        return plan;
    }
}
