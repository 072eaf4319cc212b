package io.scitex.console.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each snapshot and its events to the listeners (on the poller thread), keeps the baseline the next
 * snapshot is diffed against, and asks for lost tenants to be restarted once their reservation's new job runs.
 */
final class SnapshotPublisher {
    /** Looked up when first used: a CLI verb that builds the poller and never refreshes loads no logging class. */
    private static Logger log() {
        return LoggerFactory.getLogger(SnapshotPublisher.class);
    }

    private final List<Consumer<ClusterSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StatusEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> restartLost;
    private final Executor workers;
    private final Runnable refreshNow;
    // poller thread only:
    private final Set<String> restartWanted = new HashSet<>();
    private ClusterSnapshot baseline = ClusterSnapshot.empty();

    SnapshotPublisher(Consumer<String> restartLost, Executor workers, Runnable refreshNow) {
        this.restartLost = restartLost;
        this.workers = workers;
        this.refreshNow = refreshNow;
    }

    List<Consumer<ClusterSnapshot>> listeners() {
        return listeners;
    }

    List<Consumer<StatusEvent>> eventListeners() {
        return eventListeners;
    }

    /** The previous snapshot with what could not be seen kept at its last known value. */
    ClusterSnapshot baseline() {
        return baseline;
    }

    void publish(ClusterSnapshot snap, boolean autoRestart) {
        List<StatusEvent> events = EventDiff.diff(baseline, snap);
        baseline = EventDiff.baseline(baseline, snap);
        listeners.forEach(l -> guard(() -> l.accept(snap)));
        for (StatusEvent e : events) {
            log().info("{}", e.message());
            eventListeners.forEach(l -> guard(() -> l.accept(e)));
            if (e.type() == StatusEvent.Type.RESERVATION_RESUBMITTED && autoRestart) {
                restartWanted.add(e.reservation());
            }
        }
        restartWhereReady(snap);
    }

    /** Restarts lost tenants once their reservation's new job runs (it may pend for a while first). */
    private void restartWhereReady(ClusterSnapshot snap) {
        for (String name : List.copyOf(restartWanted)) {
            List<String> states = snap.reservations().values().stream().filter(r -> r.name().equals(name))
                    .map(ReservationStatus::jobState).toList();
            if (states.stream().anyMatch(s -> s.equals("PENDING") || s.equals("CONFIGURING")
                    || s.equals(ReservationStatus.UNKNOWN))) {
                continue;
            }
            restartWanted.remove(name);
            boolean hasLost = snap.agents().values().stream()
                    .anyMatch(a -> a.phase() == AgentPhase.LOST && a.reservation().equals(name));
            if (states.contains("RUNNING") && hasLost) {
                workers.execute(() -> {
                    guard(() -> restartLost.accept(name));
                    refreshNow.run();
                });
            }
        }
    }

    static void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log().warn("status listener failed", e);
        }
    }
}
