package io.scitex.console.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One refresh's inputs for building the snapshot, plus the poller's memory across refreshes.
 *
 * @param observations what each host's refresh found (or the last failure of a host waiting for its backoff)
 * @param lost tenant name to the reservation job its session was lost with; kept until it runs again or is stopped
 * @param userStopped agents the user just stopped: their session vanishing is STOPPED, not EXITED
 */
record Round(Instant now, Duration stalledAfter, Map<String, HostObservation> observations, PaneMemory panes,
        ClusterSnapshot previous, Map<String, String> lost, Set<String> userStopped) {

    Optional<HostObservation> observation(String host) {
        return Optional.ofNullable(observations.get(host));
    }

    Optional<AgentStatus> previousOf(String agent) {
        return Optional.ofNullable(previous.agents().get(agent));
    }
}
