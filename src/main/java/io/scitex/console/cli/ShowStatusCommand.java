package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show-status NAME}: one agent's job and tmux pane state. */
@Command(name = "show-status", aliases = "status", mixinStandardHelpOptions = true,
        description = {"Show one agent's status: SLURM job (id, state, node, elapsed, time left), tmux session, "
                + "pane activity and the last lines of its pane.", "Exits 2 if no agent has that name."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac show-status head-spartan", "  sac show-status dev-helper --json | jq -r .status"})
final class ShowStatusCommand extends Verb {
    @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
    String agent;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    int run(CliBackend backend) {
        AgentSpec spec = AgentArgs.resolve(agent, backend.inventory());
        ClusterSnapshot snap = backend.refreshStatus(List.of(spec));
        StatusView.hostWarnings(snap, err());
        Optional<AgentStatus> status = Optional.ofNullable(snap.agents().get(spec.name()));
        if (json) {
            ObjectNode o = StatusView.json(spec, status);
            o.set("pane_tail", StatusView.paneJson(status));
            out().println(Json.dumps(o));
        } else {
            StatusView.fields(spec, status, out());
        }
        return ExitStatus.OK;
    }
}
