package io.scitex.console.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reservations get NAME}: one lease as JSON; exit 2 when there is none. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = {"Show one reservation as JSON (id, name, host, job_id, node, submitted_at, walltime_end, "
                + "persistent, extras).", "Reads the local lease file only; exits 2 if no reservation has that "
                + "NAME (or id)."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations get dev-pool", "  sac reservations get dev-pool --host spartan"})
final class ReservationGetCommand extends Verb {
    @Parameters(paramLabel = "NAME", description = "reservation name or lease id")
    String name;

    @Option(names = "--json", description = "accepted for scitex-hpc compatibility; the output is always JSON")
    boolean json;

    @Override
    int run(CliBackend backend) throws Exception {
        out().println(Json.dumps(LeaseView.json(LeaseNames.require(backend.reservations(), root(), name))));
        return ExitStatus.OK;
    }
}
