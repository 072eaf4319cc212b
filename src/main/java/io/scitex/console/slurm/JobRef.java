package io.scitex.console.slurm;

/**
 * A job id with its state and node, as the short squeue queries return them.
 *
 * @param jobId kept as text: array and heterogeneous jobs have ids such as {@code 123_4} or {@code 123+1}
 * @param node empty while pending
 */
public record JobRef(String jobId, JobState state, String node) {

    /** RUNNING on a known node: what booking waits for. */
    public boolean isAllocated() {
        return state == JobState.RUNNING && !node.isEmpty();
    }
}
