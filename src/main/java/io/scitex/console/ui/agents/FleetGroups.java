package io.scitex.console.ui.agents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agents grouped by cluster (the host their status names, or their YAML's) and, within a cluster, by
 * reservation ({@link #OWN_JOBS} for {@code runtime: slurm} agents), with counts by state. Pure: rebuilt from the
 * rows after each refresh (500 rows: well under a millisecond).
 */
public final class FleetGroups {
    /** The group of agents that run in their own job rather than in a reservation. */
    public static final String OWN_JOBS = "(own jobs)";
    /** The cluster of an agent whose host is not known yet (never checked, or invalid). */
    public static final String NO_HOST = "(no host yet)";
    /** The group of valid agents of a runtime the console does not run (e.g. {@code aider}): no cluster, no state. */
    public static final String NOT_SLURM = "(not on SLURM)";

    /** One node of the tree: a cluster (reservation empty) or a reservation of a cluster. */
    public record Group(String cluster, String reservation, FleetCounts counts) {
        public boolean isCluster() {
            return reservation.isEmpty();
        }

        public String label() {
            String name = isCluster() ? cluster : reservation;
            if (cluster.equals(NOT_SLURM)) { // no state to count: the console neither runs nor checks them
                return name + " (" + counts.total() + ")";
            }
            String compact = counts.compact();
            return name + " (" + counts.total() + ")" + (compact.isEmpty() ? "" : " · " + compact);
        }

        /** Whether a row belongs to this group (every row, for the group of all agents: cluster empty). */
        public boolean contains(AgentRow row) {
            return cluster.isEmpty() || FleetGroups.cluster(row).equals(cluster) && (isCluster() || FleetGroups.reservation(row).equals(reservation));
        }
    }

    /** A cluster's group and its reservations' groups, sorted by name. */
    public record Cluster(Group group, List<Group> reservations) {}

    private FleetGroups() {}

    public static List<Cluster> of(Collection<AgentRow> rows) {
        Map<String, Map<String, FleetCounts>> byCluster = new TreeMap<>();
        for (AgentRow r : rows) {
            byCluster.computeIfAbsent(cluster(r), c -> new TreeMap<>())
                    .merge(reservation(r), FleetCounts.NONE.plus(r.status()), FleetGroups::sum);
        }
        List<Cluster> out = new ArrayList<>();
        byCluster.forEach((cluster, reservations) -> {
            List<Group> groups = new ArrayList<>();
            FleetCounts[] total = {FleetCounts.NONE};
            reservations.forEach((res, counts) -> {
                if (!res.isEmpty()) { // agents not on SLURM have no reservation level
                    groups.add(new Group(cluster, res, counts));
                }
                total[0] = sum(total[0], counts);
            });
            out.add(new Cluster(new Group(cluster, "", total[0]), groups));
        });
        return out;
    }

    /** The counts of all the agents on one host (the status bar's summary of that cluster). */
    public static FleetCounts countsOn(String host, Collection<AgentRow> rows) {
        FleetCounts c = FleetCounts.NONE;
        for (AgentRow r : rows) {
            if (host.equals(cluster(r))) {
                c = c.plus(r.status());
            }
        }
        return c;
    }

    static String cluster(AgentRow r) {
        if (notSlurm(r)) {
            return NOT_SLURM;
        }
        return r.host().isEmpty() ? NO_HOST : r.host();
    }

    static String reservation(AgentRow r) {
        if (notSlurm(r)) {
            return "";
        }
        if (r.spec() == null) {
            return OWN_JOBS;
        }
        String res = r.spec().slurm().reservation();
        return res == null || res.isEmpty() ? OWN_JOBS : res;
    }

    private static boolean notSlurm(AgentRow r) {
        return r.entryProperty().get().valid() && !r.spec().runtime().isSlurm();
    }

    static FleetCounts sum(FleetCounts a, FleetCounts b) {
        return new FleetCounts(a.working() + b.working(), a.needsYou() + b.needsYou(), a.pending() + b.pending(),
                a.stopped() + b.stopped(), a.unknown() + b.unknown());
    }
}
