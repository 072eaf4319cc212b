package io.scitex.console.cli;

import io.scitex.console.lease.Lease;
import io.scitex.console.service.ServiceException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reservations release NAME}: scancel the job and delete the lease. */
@Command(name = "release", aliases = "cancel", mixinStandardHelpOptions = true,
        description = {"scancel the reservation's job, then delete its lease file.",
                "Prints 'released: <id> (ok)'; exits 1 when scancel failed. A missing reservation prints "
                        + "'(no reservation named ...)' and exits 0, or 2 with --no-missing-ok.",
                "Agents still running in it end with the job."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations release dev-pool", "  sac reservations release dev-pool --no-missing-ok"})
final class ReservationReleaseCommand extends Verb {
    @Parameters(paramLabel = "NAME", description = "reservation name or lease id")
    String name;

    @Option(names = "--missing-ok", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "exit 0 when the reservation does not exist (default: ${DEFAULT-VALUE})")
    boolean missingOk;

    @Option(names = {"-y", "--yes"}, description = "accepted for scitex-hpc compatibility; release never asks")
    boolean yes;

    @Override
    int run(CliBackend backend) throws Exception {
        Optional<Lease> lease = LeaseNames.find(backend.reservations(), root(), name);
        if (lease.isEmpty()) {
            err().println(LeaseView.noSuch(name));
            return missingOk ? ExitStatus.OK : ExitStatus.USAGE;
        }
        String id = lease.get().id();
        try {
            backend.reservations().release(id);
        } catch (ServiceException e) {
            out().println("released: " + id + " (scancel-failed)");
            err().println("error: " + e.getMessage());
            return ExitStatus.FAILED;
        }
        out().println("released: " + id + " (ok)");
        return ExitStatus.OK;
    }
}
