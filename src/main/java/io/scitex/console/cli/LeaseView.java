package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.lease.Lease;
import java.util.List;

/** Reservations as scitex-hpc's CLI prints them. */
final class LeaseView {
    private static final String ROW = "%-32s  %-10s  %-14s  %-30s";

    private LeaseView() {}

    /** scitex-hpc's {@code _serialize} (plus {@code extras}, where {@code tmux_server} is checked). */
    static ObjectNode json(Lease lease) {
        ObjectNode o = Json.object();
        o.put("id", lease.id());
        o.put("name", lease.name());
        o.put("host", lease.host());
        o.put("job_id", lease.jobId());
        o.put("node", lease.node());
        o.put("submitted_at", lease.submittedAt());
        o.put("walltime_end", lease.walltimeEnd());
        o.put("persistent", lease.persistent());
        o.set("extras", Json.MAPPER.valueToTree(lease.extras()));
        return o;
    }

    static String table(List<Lease> leases) {
        if (leases.isEmpty()) {
            return "(no reservations)\n";
        }
        StringBuilder out = new StringBuilder(String.format(ROW, "ID", "JOB", "PERSIST", "NODE")).append('\n');
        for (Lease l : leases) {
            out.append(String.format(ROW, l.id(), l.jobId(), l.persistent() ? "yes" : "no",
                    l.node().isEmpty() ? "-" : l.node())).append('\n');
        }
        return out.toString();
    }

    static String booked(Lease l) {
        return "booked: id=" + l.id() + " job=" + l.jobId() + " node=" + l.node();
    }

    static String refreshed(Lease l) {
        return "refreshed: id=" + l.id() + " job=" + l.jobId() + " node=" + l.node();
    }

    static String noLiveJob(Lease l) {
        return "refreshed: id=" + l.id() + " (no live job found via squeue --name=" + l.name() + ")";
    }

    static String noSuch(String name) {
        return "(no reservation named " + Json.pyRepr(name) + ")";
    }
}
