package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.InvalidAgent;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.Needs;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.remote.ConnectionState;
import io.scitex.console.status.HostStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Agents with what the last status refresh saw: sac's list table, show-status fields, and their JSON. */
final class StatusView {
    static final String NOT_SLURM = "not a SLURM agent";
    static final String INVALID = "invalid";
    private static final List<String> HEADER = List.of("NAME", "RUNTIME", "STATUS", "HOST", "JOB", "NODE",
            "ACTIVITY", "STATE", "DETAIL");

    private StatusView() {}

    static String status(AgentSpec agent, Optional<AgentStatus> s) {
        if (!agent.runtime().isSlurm()) {
            return NOT_SLURM;
        }
        return s.map(x -> x.phase().label()).orElse("unknown");
    }

    static ObjectNode json(AgentSpec agent, Optional<AgentStatus> s) {
        ObjectNode o = Json.object();
        o.put("name", agent.name());
        o.put("runtime", agent.runtime().yamlName());
        o.put("status", status(agent, s));
        o.put("detail", s.map(AgentStatus::detail).orElse(""));
        o.put("host", s.map(AgentStatus::host).orElse(""));
        o.put("reservation", agent.slurm().reservation());
        o.put("job_id", s.map(AgentStatus::jobId).orElse(""));
        o.put("job_state", s.map(AgentStatus::jobState).orElse(""));
        o.put("node", s.map(AgentStatus::node).orElse(""));
        o.put("elapsed", s.map(AgentStatus::elapsed).orElse(""));
        o.put("time_left", s.map(AgentStatus::timeLeft).orElse(""));
        o.put("start_time", s.map(AgentStatus::startTime).orElse(""));
        o.put("session_alive", s.map(AgentStatus::sessionAlive).orElse(false));
        o.put("activity", s.map(x -> x.activity().label()).orElse(""));
        o.put("state", s.map(x -> x.state().label()).orElse(""));
        s.flatMap(AgentStatus::needs).ifPresentOrElse(n -> o.set("needs", needsJson(n)), () -> o.putNull("needs"));
        o.put("pane_changed_at", s.flatMap(AgentStatus::paneChangedAt).map(Object::toString).orElse(""));
        o.put("file", agent.file() == null ? "" : agent.file().toString());
        return o;
    }

    /** An agent whose YAML has errors: status {@code invalid}, its first problem as the detail. */
    static ObjectNode json(InvalidAgent agent) {
        ObjectNode o = Json.object();
        o.put("name", agent.name());
        o.put("runtime", "");
        o.put("status", INVALID);
        o.put("detail", agent.firstProblem().toString());
        o.put("file", agent.file().toString());
        return o;
    }

    static String table(List<AgentSpec> agents, List<InvalidAgent> invalid, ClusterSnapshot snap) {
        if (agents.isEmpty() && invalid.isEmpty()) {
            return "(no agents)\n";
        }
        java.util.TreeMap<String, List<String>> byName = new java.util.TreeMap<>();
        for (AgentSpec a : agents) {
            Optional<AgentStatus> s = Optional.ofNullable(snap.agents().get(a.name()));
            byName.put(a.name(), List.of(a.name(), a.runtime().yamlName(), status(a, s),
                    cell(s.map(AgentStatus::host)), cell(s.map(AgentStatus::jobId)), cell(s.map(AgentStatus::node)),
                    cell(s.map(x -> x.activity().label())), cell(s.map(x -> x.state().label())), detail(s)));
        }
        for (InvalidAgent a : invalid) {
            byName.putIfAbsent(a.name(), List.of(a.name(), "-", INVALID, "-", "-", "-", "-", "-",
                    a.firstProblem().toString()));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.addAll(byName.values());
        return Columns.format(rows);
    }

    /** show-status: one {@code field: value} line each, then the pane's last lines. */
    static void fields(AgentSpec a, Optional<AgentStatus> s, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name:", a.name()));
        rows.add(List.of("runtime:", a.runtime().yamlName()));
        rows.add(List.of("status:", status(a, s)));
        s.map(AgentStatus::detail).filter(d -> !d.isEmpty()).ifPresent(d -> rows.add(List.of("detail:", d)));
        if (!a.slurm().reservation().isEmpty()) {
            rows.add(List.of("reservation:", a.slurm().reservation()));
        }
        rows.add(List.of("host:", cell(s.map(AgentStatus::host))));
        rows.add(List.of("job:", cell(s.map(AgentStatus::jobId))
                + s.map(AgentStatus::jobState).filter(j -> !j.isEmpty()).map(j -> " (" + j + ")").orElse("")));
        rows.add(List.of("node:", cell(s.map(AgentStatus::node))));
        rows.add(List.of("elapsed:", cell(s.map(AgentStatus::elapsed))));
        rows.add(List.of("time left:", cell(s.map(AgentStatus::timeLeft))));
        rows.add(List.of("session:", s.map(x -> x.sessionAlive() ? "alive" : "none").orElse("-")));
        rows.add(List.of("activity:", cell(s.map(x -> x.activity().label()))));
        rows.add(List.of("state:", cell(s.map(x -> x.state().label()))));
        s.flatMap(AgentStatus::needs).ifPresent(n -> rows.add(List.of("needs:", n.kind() + " since " + n.since()
                + (n.detail().isEmpty() ? "" : ": " + n.detail().replace('\n', ' ')))));
        rows.add(List.of("file:", a.file() == null ? "-" : a.file().toString()));
        out.print(Columns.format(rows));
        List<String> tail = s.map(AgentStatus::paneTail).orElse(List.of());
        if (!tail.isEmpty()) {
            out.println("pane (last " + tail.size() + " lines):");
            tail.forEach(l -> out.println("  " + l));
        }
    }

    /** {@code {kind, detail, since}} of a need. */
    static ObjectNode needsJson(Needs n) {
        ObjectNode o = Json.object();
        o.put("kind", n.kind());
        o.put("detail", n.detail());
        o.put("since", n.since().toString());
        return o;
    }

    /** The table's detail: the phase's words, else why the agent needs its user. */
    private static String detail(Optional<AgentStatus> s) {
        String d = s.map(AgentStatus::detail).orElse("");
        if (!d.isEmpty()) {
            return d;
        }
        return s.flatMap(AgentStatus::needs).map(n -> n.detail().replace('\n', ' ')).orElse("");
    }

    static ArrayNode paneJson(Optional<AgentStatus> s) {
        ArrayNode lines = Json.array();
        s.map(AgentStatus::paneTail).orElse(List.of()).forEach(lines::add);
        return lines;
    }

    /** One stderr warning per host the refresh could not reach: its agents show as unknown, never as stopped. */
    static void hostWarnings(ClusterSnapshot snap, PrintWriter err) {
        snap.hosts().values().stream().filter(h -> h.connection() == ConnectionState.DISCONNECTED)
                .sorted(java.util.Comparator.comparing(HostStatus::host))
                .forEach(h -> err.println("warning: host " + h.host() + " could not be reached"
                        + (h.reason().isEmpty() ? "" : ": " + h.reason())));
    }

    private static String cell(Optional<String> v) {
        return v.filter(s -> !s.isEmpty()).orElse("-");
    }
}
