package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import io.scitex.console.remote.HostState;
import io.scitex.console.settings.ConsoleSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each host is due for its next refresh: the poll interval after a good refresh, a growing backoff
 * (5, 10, 20, 40, 60 s) while it is unreachable. Times are {@link System#nanoTime()} values. Poller thread only.
 */
final class HostSchedule {
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final Map<String, Long> dueAt = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();

    /** The hosts to refresh now: all when forced, else those due (a host never refreshed is due). */
    List<String> due(Collection<String> hosts, long now, boolean force) {
        return hosts.stream().filter(h -> force || dueAt.getOrDefault(h, now) <= now).toList();
    }

    /** A refresh of the host started: it is not due again until it lands ({@link #succeeded} or {@link #failed}). */
    void started(String host, long now) {
        dueAt.put(host, now + Duration.ofDays(1).toNanos());
    }

    void succeeded(String host, long now, Duration interval) {
        failures.remove(host);
        dueAt.put(host, now + interval.toNanos());
    }

    void failed(String host, long now) {
        int n = failures.merge(host, 1, Integer::sum);
        dueAt.put(host, now + backoff(n).toNanos());
    }

    boolean failing(String host) {
        return failures.containsKey(host);
    }

    /** Nanoseconds until the first of {@code hosts} is due; {@code fallback} when there is none. */
    long nextIn(Collection<String> hosts, long now, Duration fallback) {
        return hosts.stream().mapToLong(h -> dueAt.getOrDefault(h, now) - now).min().orElse(fallback.toNanos());
    }

    void forgetAllBut(Collection<String> hosts) {
        dueAt.keySet().retainAll(hosts);
        failures.keySet().retainAll(hosts);
    }

    /** 5 s after the first failure, doubling up to 60 s. */
    static Duration backoff(int failures) {
        long s = FIRST_BACKOFF.toSeconds() << Math.min(Math.max(failures - 1, 0), 10);
        return Duration.ofSeconds(Math.min(s, MAX_BACKOFF.toSeconds()));
    }

    /** Active cadence while an agent or a reservation waits for the scheduler or its session. */
    static Duration interval(ClusterSnapshot snap, ConsoleSettings s) {
        boolean active = snap.agents().values().stream()
                .anyMatch(a -> a.phase() == AgentPhase.PENDING || a.phase() == AgentPhase.STARTING)
                || snap.reservations().values().stream()
                        .anyMatch(r -> r.jobState().equals("PENDING") || r.jobState().equals("CONFIGURING"));
        return Duration.ofSeconds(Math.max(1, active ? s.pollActiveSeconds() : s.pollIdleSeconds()));
    }

    /** The host the last snapshot showed was lost, or one it showed down is back. */
    static boolean changed(HostStatus shown, HostState state) {
        if (shown == null) {
            return false;
        }
        boolean wasUp = shown.connection() == ConnectionState.CONNECTED;
        return state.status() == ConnectionState.DISCONNECTED && wasUp
                || state.status() == ConnectionState.CONNECTED && !wasUp;
    }
}
