package io.scitex.console.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The refreshes in flight, at most one per host. Each host's refresh runs on its own worker and lands on its own
 * (docs/decisions/0410): a host that is down or slow never holds back another's snapshot. Poller thread only, except
 * that a finished refresh calls {@code landed} on its worker.
 */
final class HostRuns {
    /** A refresh of one host: when it started ({@link System#nanoTime()}) and its result to come. */
    record Run(String host, long startedNanos, CompletableFuture<HostObservation> result) {}

    private final Map<String, Run> inFlight = new HashMap<>();

    boolean running(String host) {
        return inFlight.containsKey(host);
    }

    Run get(String host) {
        return inFlight.get(host);
    }

    /** Starts the host's refresh on {@code workers}; {@code landed} gets the run when it has finished. */
    Run start(String host, long now, Supplier<HostObservation> refresh, Executor workers,
            java.util.function.Consumer<Run> landed) {
        CompletableFuture<HostObservation> f = CompletableFuture.supplyAsync(refresh, workers);
        Run run = new Run(host, now, f);
        inFlight.put(host, run);
        f.whenComplete((o, e) -> landed.accept(run));
        return run;
    }

    /** Takes the run out if it is still the host's current one (a run is handled once). */
    boolean finish(Run run) {
        return inFlight.remove(run.host(), run);
    }

    /**
     * The runs that finished by {@code deadlineNanos} (all of them, however long they take, when it is negative),
     * each taken out of flight; the others go on and land on their own.
     */
    List<Run> collect(List<Run> runs, long deadlineNanos) {
        List<Run> done = new ArrayList<>();
        try {
            for (Run r : runs) {
                if (await(r, deadlineNanos < 0 ? -1 : deadlineNanos - System.nanoTime()) && finish(r)) {
                    done.add(r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("status refresh interrupted", e);
        }
        return done;
    }

    /** What a finished run saw; a refresh that threw reads as a scheduler error of its host. */
    static HostObservation outcome(Run r, Clock clock) {
        try {
            return r.result().getNow(null);
        } catch (CancellationException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LoggerFactory.getLogger(StatusPoller.class).error("refresh of {} failed", r.host(), cause);
            return HostObservation.failed(r.host(), HostObservation.Kind.SCHEDULER_ERROR, "refresh failed: " + cause,
                    clock.instant(), Duration.ZERO);
        }
    }

    /** Waits up to {@code nanos} (forever when negative) for the run; false if it is still going. */
    static boolean await(Run run, long nanos) throws InterruptedException {
        try {
            if (nanos < 0) {
                run.result().get();
            } else {
                run.result().get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (ExecutionException e) {
            return true; // done; the failure is read by the caller
        } catch (TimeoutException e) {
            return false;
        }
    }


    /** The snapshot of a round submitted to the poller thread, waited for. */
    static ClusterSnapshot join(java.util.concurrent.Future<ClusterSnapshot> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("status refresh interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("status refresh failed: " + e.getCause(), e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("the status poller is closed", e);
        }
    }
}
