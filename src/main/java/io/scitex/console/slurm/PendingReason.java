package io.scitex.console.slurm;

import java.util.Map;

/**
 * A pending job's reason as squeue prints it ({@code (Resources)}, {@code Priority},
 * {@code (ReqNodeNotAvail, UnavailableNodes:n[1-2])}), with plain words for users.
 *
 * @param code the reason code, e.g. {@code ReqNodeNotAvail}; {@code None} when there is no reason
 * @param detail what SLURM wrote after the code, e.g. {@code UnavailableNodes:n[1-2]}; empty when nothing
 */
public record PendingReason(String code, String detail) {
    public static final PendingReason NONE = new PendingReason("None", "");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("Resources", "waiting for free resources (CPUs, memory or nodes)"),
            Map.entry("Priority", "waiting behind jobs with a higher priority"),
            Map.entry("ReqNodeNotAvail", "a requested node is not available (down, drained or reserved)"),
            Map.entry("Dependency", "waiting for another job to finish (dependency)"),
            Map.entry("DependencyNeverSatisfied", "its dependency can never be satisfied; cancel and resubmit it"),
            Map.entry("BeginTime", "its start time has not come yet"),
            Map.entry("JobHeldUser", "held by its owner; release it with scontrol release"),
            Map.entry("JobHeldAdmin", "held by an administrator"),
            Map.entry("QOSMaxJobsPerUserLimit", "you already run as many jobs as your QOS allows"),
            Map.entry("QOSMaxSubmitJobPerUserLimit", "you already have as many jobs queued as your QOS allows"),
            Map.entry("AssocMaxJobsLimit", "you already run as many jobs as your account allows"),
            Map.entry("PartitionTimeLimit", "its time limit is longer than the partition allows"),
            Map.entry("PartitionNodeLimit", "it asks for more nodes than the partition allows"),
            Map.entry("PartitionConfig", "it asks for more than the partition's nodes have (CPUs, memory or GPUs);"
                    + " it will never start as it is: cancel it and ask for less"),
            Map.entry("PartitionDown", "the partition is down"),
            Map.entry("PartitionInactive", "the partition is inactive"),
            Map.entry("NodeDown", "a node it needs is down"),
            Map.entry("BadConstraints", "its constraints cannot be met by any node"),
            Map.entry("InvalidAccount", "its account is not valid"),
            Map.entry("InvalidQOS", "its QOS is not valid"),
            Map.entry("Reservation", "waiting for its advanced reservation to start"),
            Map.entry("Licenses", "waiting for a license"),
            Map.entry("Cleaning", "its node is being cleaned up after a previous job"),
            Map.entry("Prolog", "its prolog is running"),
            Map.entry("launch failed requeued held", "its launch failed; it was requeued and held"),
            Map.entry("JobLaunchFailure", "the job could not be launched"),
            Map.entry("WaitingForScheduling", "waiting for the scheduler's next pass"),
            Map.entry("SystemFailure", "a SLURM or node failure stopped it"),
            Map.entry("None", "no reason given"));

    /** squeue's {@code %r} or {@code %R} text, with or without parentheses. */
    public static PendingReason parse(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.equals("null")) {
            return NONE;
        }
        if (WORDS.containsKey(t)) {
            return new PendingReason(t, "");
        }
        int cut = t.indexOf(',');
        String code = cut < 0 ? t : t.substring(0, cut).strip();
        String detail = cut < 0 ? "" : t.substring(cut + 1).strip();
        return new PendingReason(code, detail);
    }

    public boolean isNone() {
        return code.equals("None");
    }

    /** Plain words, e.g. "waiting for free resources (CPUs, memory or nodes)". */
    public String words() {
        String w = WORDS.get(code);
        if (w == null) {
            w = byFamily();
        }
        return detail.isEmpty() ? w : w + " (" + detail + ")";
    }

    private String byFamily() {
        if (code.startsWith("QOS") && code.endsWith("Limit")) {
            return "a limit of your QOS is reached (" + code + "); it starts when your other jobs end";
        }
        if (code.startsWith("Assoc") && code.endsWith("Limit")) {
            return "a limit of your account is reached (" + code + "); it starts when other jobs of the account end";
        }
        return "SLURM reason: " + code;
    }
}
