package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.Needs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inbox}: the agents that need their user now, oldest need first, and why. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"List the agents that need you: a tool call waiting for approval (with its command), a "
                + "question, or an error (API error, usage limit, bad login), oldest first.",
                "Answer with 'sac approve', 'sac deny' or 'sac attach'."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac inbox", "  sac inbox --json | jq -r '.[].name'"})
final class InboxCommand extends Verb {
    @Option(names = "--json", description = "print a JSON array")
    boolean json;

    @Override
    int run(CliBackend backend) {
        ClusterSnapshot snap = backend.refreshStatus(List.of());
        StatusView.hostWarnings(snap, err());
        List<AgentStatus> needy = needing(snap);
        if (json) {
            ArrayNode arr = Json.array();
            for (AgentStatus s : needy) {
                ObjectNode o = arr.addObject();
                o.put("name", s.agent());
                o.put("state", s.state().label());
                o.put("reservation", s.reservation());
                o.set("needs", StatusView.needsJson(s.needs().orElseThrow()));
            }
            out().println(Json.dumps(arr));
            return ExitStatus.OK;
        }
        if (needy.isEmpty()) {
            out().println("(no agent needs you)");
            return ExitStatus.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("NAME", "NEEDS", "SINCE", "WHY"));
        for (AgentStatus s : needy) {
            Needs n = s.needs().orElseThrow();
            rows.add(List.of(s.agent(), n.kind(), n.since().toString(), n.detail().replace('\n', ' ')));
        }
        out().print(Columns.format(rows));
        return ExitStatus.OK;
    }

    /** The agents with a need, oldest first. */
    static List<AgentStatus> needing(ClusterSnapshot snap) {
        return snap.agents().values().stream().filter(s -> s.needs().isPresent())
                .sorted(Comparator.comparing((AgentStatus s) -> s.needs().get().since())
                        .thenComparing(AgentStatus::agent))
                .toList();
    }
}
