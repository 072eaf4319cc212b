package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.Problem;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.status.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: every discovered agent with what one status refresh sees. */
@Command(name = "list", aliases = "ps", mixinStandardHelpOptions = true,
        description = {"List every discovered agent with its status (stopped, pending, starting, running, exited, "
                + "lost, unknown, or invalid when its YAML has errors), host, job, node, pane activity (busy, "
                + "waiting, idle, stalled) and Claude's state (working, needs-permission, question, waiting, error, "
                + "...).",
                "Asks each host once (one squeue, one pane sweep per reservation). Agents of other runtimes are "
                        + "listed as 'not a SLURM agent'; an unreachable host's agents show 'unknown' and a "
                        + "warning goes to stderr. Exit status 1 when a folder or file could not be read (the rest "
                        + "is listed; invalid agents are rows)."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac list", "  sac list --json | jq -r '.[] | select(.status==\"running\") | .name'"})
final class ListCommand extends Verb {
    @Option(names = "--json", description = "print a JSON array, one object per agent")
    boolean json;

    @Override
    int run(CliBackend backend) {
        Inventory inventory = backend.inventory();
        // an invalid agent's first problem is in its row; the rest (and problems of other files: an agent folder or
        // a lease that cannot be read) go to stderr and make the exit status 1
        java.util.Set<Object> shown = new java.util.HashSet<>();
        inventory.invalid().forEach(a -> shown.add(a.firstProblem()));
        List<Problem> unshown = inventory.problems().stream().filter(p -> p.isError() && !shown.contains(p)).toList();
        unshown.forEach(err()::println);
        ClusterSnapshot snap = backend.refreshStatus(List.of());
        StatusView.hostWarnings(snap, err());
        if (json) {
            ArrayNode array = Json.array();
            for (AgentSpec a : inventory.agents()) {
                array.add(StatusView.json(a, Optional.ofNullable(snap.agents().get(a.name()))));
            }
            inventory.invalid().forEach(a -> array.add(StatusView.json(a)));
            out().println(Json.dumps(array));
        } else {
            out().print(StatusView.table(inventory.agents(), inventory.invalid(), snap));
        }
        return unshown.isEmpty() ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
