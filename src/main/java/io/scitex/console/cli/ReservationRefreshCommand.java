package io.scitex.console.cli;

import io.scitex.console.lease.Lease;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reservations refresh NAME}: re-discover the job id via squeue; exit 2 when no live job is found. */
@Command(name = "refresh", aliases = "sync-state", mixinStandardHelpOptions = true,
        description = {"Ask squeue for the newest job named NAME and save its id and node in the lease.",
                "Use after a walltime resubmit replaced the job: the name stays, the job id changes. "
                        + "Exits 2 when no live job is found."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations refresh dev-pool", "  sac reservations refresh dev-pool --json"})
final class ReservationRefreshCommand extends Verb {
    @Parameters(paramLabel = "NAME", description = "reservation name or lease id")
    String name;

    @Option(names = "--json", description = "print the refreshed lease as JSON")
    boolean json;

    @Override
    int run(CliBackend backend) throws Exception {
        Lease known = LeaseNames.require(backend.reservations(), root(), name);
        Lease lease = backend.reservations().refresh(known.id());
        if (json) {
            out().println(Json.dumps(LeaseView.json(lease)));
            return ExitStatus.OK;
        }
        if (lease.hasJob()) {
            out().println(LeaseView.refreshed(lease));
            return ExitStatus.OK;
        }
        err().println(LeaseView.noLiveJob(lease));
        return ExitStatus.USAGE;
    }
}
