package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.scitex.console.lease.Lease;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reservations list}: scitex-hpc's table, or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the reservations in the lease folder: ID, JOB, PERSIST, NODE.",
                "Prints '(no reservations)' when there are none. Reads local files only; use 'refresh' to ask "
                        + "SLURM."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations list", "  sac reservations list --json | jq -r '.[].id'"})
final class ReservationListCommand extends Verb {
    @Option(names = "--json", description = "print a JSON array of leases")
    boolean json;

    @Override
    int run(CliBackend backend) throws Exception {
        List<Lease> leases = backend.reservations().list();
        if (json) {
            ArrayNode array = Json.array();
            leases.forEach(l -> array.add(LeaseView.json(l)));
            out().println(Json.dumps(array));
        } else {
            out().print(LeaseView.table(leases));
        }
        var unreadable = backend.reservations().unreadable();
        unreadable.forEach(p -> err().println(p));
        return unreadable.isEmpty() ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
