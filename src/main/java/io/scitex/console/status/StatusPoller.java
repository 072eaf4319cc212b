package io.scitex.console.status;

import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.HostState;
import io.scitex.console.remote.HostStateListener;
import io.scitex.console.remote.HostStateSource;
import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.runtime.SlurmJobState;
import io.scitex.console.settings.ConsoleSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live status of every agent, reservation and host. Per host and refresh: ONE squeue, ONE pane sweep per running
 * reservation, ONE command for the panes of all running {@code runtime: slurm} agents (docs/decisions/0500).
 * Each host refreshes on its own worker, at most one refresh per host in flight (so never two squeue for one host),
 * every {@code pollActiveSeconds} while something is pending or starting, else every {@code pollIdleSeconds}, with a
 * backoff for unreachable hosts; a host that is down or slow never holds back another's (decision 0410). Snapshots
 * are built and published on the poller thread; listeners get each snapshot and event there and must not block.
 */
public final class StatusPoller implements AutoCloseable {
    /** How many pane lines a snapshot carries per agent. */
    public static final int PANE_LINES = 30;
    /** How long a background round waits for slow hosts before publishing what the others found. */
    static final long PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** Looked up when first used: a CLI verb that builds the poller and never refreshes loads no logging class. */
    private static Logger log() {
        return LoggerFactory.getLogger(StatusPoller.class);
    }

    private final RemoteExecutor executor;
    private final Supplier<Inventory> inventory;
    private final RuntimeStateStore states;
    private final Supplier<ConsoleSettings> settings;
    private final Clock clock;
    private final String defaultHost;
    private final SnapshotPublisher publisher;
    private final PaneMemory panes = new PaneMemory();
    private final HostRefresher refresher;
    private final StateEvents events; // null when the executor cannot open long-lived terminals
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("sac-status"));
    private final ExecutorService workers = Executors.newCachedThreadPool(Daemons.named("sac-status-host"));
    private final Set<String> userStopped = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean nowQueued = new AtomicBoolean();
    private final HostStateListener hostListener = this::hostChanged;
    private volatile Thread pollerThread;
    private volatile ClusterSnapshot latest = ClusterSnapshot.empty();
    private volatile boolean started;
    private volatile boolean closed;
    // poller thread only:
    private final HostSchedule schedule = new HostSchedule();
    private final Map<String, HostObservation> observations = new HashMap<>();
    private final Map<String, String> lost = new HashMap<>();
    private final HostRuns runs = new HostRuns();
    private Targets lastTargets;
    private ScheduledFuture<?> next;

    /**
     * @param executor the SSH layer (or a decorator of it); if it is a {@link HostStateSource}, reconnects and
     *     disconnects trigger a refresh at once
     * @param inventory agents and leases from the local files, read at every refresh
     * @param states job ids of {@code runtime: slurm} agents
     * @param leases where a lease moved to its successor job is saved
     * @param settings poll intervals, stalled-after minutes, autoRestartLostTenants; read at every refresh
     * @param defaultHost the host asked even when no agent names it, and the host of agents that name none
     * @param restartLost called with a reservation's name when it was resubmitted, its new job runs, it has lost
     *     tenants and the settings ask for restarts; runs on a worker thread
     */
    public StatusPoller(RemoteExecutor executor, Supplier<Inventory> inventory, RuntimeStateStore states,
            LeaseStore leases, Supplier<ConsoleSettings> settings, Clock clock, String defaultHost,
            Consumer<String> restartLost) {
        this.executor = executor;
        this.inventory = inventory;
        this.states = states;
        this.settings = settings;
        this.clock = clock;
        this.defaultHost = defaultHost == null ? "" : defaultHost;
        this.publisher = new SnapshotPublisher(restartLost == null ? r -> { } : restartLost, workers, this::refreshNow);
        this.refresher = new HostRefresher(executor, leases, states, panes, clock, PANE_LINES);
        this.events = executor instanceof PtySource p ? new StateEvents(p, this::refreshNow) : null;
    }

    /** Starts polling in the background (first refresh at once). */
    public void start() {
        if (closed || started) {
            return;
        }
        started = true;
        if (executor instanceof HostStateSource source) {
            source.addListener(hostListener);
        }
        if (events != null) {
            publisher.listeners().add(events); // state changes pushed while the poller runs (decision 0801)
        }
        refreshNow();
    }

    /** Asks for a refresh of every host as soon as the poller is free; calls made meanwhile share it. */
    public void refreshNow() {
        if (!closed && nowQueued.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    nowQueued.set(false);
                    cycle(true, false);
                });
            } catch (RejectedExecutionException e) {
                nowQueued.set(false); // closed meanwhile
            }
        }
    }

    /** Refreshes every host and returns the snapshot (blocking: for the command line, or tests). */
    public ClusterSnapshot refreshOnce() {
        if (Thread.currentThread() == pollerThread) {
            return cycle(true, true);
        }
        if (closed) {
            throw new IllegalStateException("the status poller is closed");
        }
        Future<ClusterSnapshot> f;
        try {
            f = scheduler.submit(() -> cycle(true, true));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the status poller is closed", e);
        }
        return HostRuns.join(f);
    }

    /** The latest snapshot (empty before the first refresh). */
    public ClusterSnapshot snapshot() {
        return latest;
    }

    /** The user stopped these agents: their sessions vanishing next is a stop, not an exit. */
    public void expectStopped(Collection<String> agents) {
        userStopped.addAll(agents);
    }

    public void addListener(Consumer<ClusterSnapshot> listener) { publisher.listeners().add(listener); }
    public void removeListener(Consumer<ClusterSnapshot> listener) { publisher.listeners().remove(listener); }
    public void addEventListener(Consumer<StatusEvent> listener) { publisher.eventListeners().add(listener); }
    public void removeEventListener(Consumer<StatusEvent> listener) { publisher.eventListeners().remove(listener); }

    @Override
    public void close() {
        closed = true;
        if (executor instanceof HostStateSource source) {
            source.removeListener(hostListener);
        }
        for (Runnable queued : scheduler.shutdownNow()) {
            if (queued instanceof Future<?> f) {
                f.cancel(false); // a refreshOnce waiting for it gets an answer
            }
        }
        workers.shutdownNow();
        if (events != null) {
            events.close();
        }
    }

    /**
     * One round: starts the refresh of every due host that has none in flight, then waits for them (all of them
     * when {@code waitAll}, else up to {@link #PATIENCE_NANOS}) and publishes; a host that answers later publishes
     * on its own when it lands.
     */
    private ClusterSnapshot cycle(boolean force, boolean waitAll) {
        pollerThread = Thread.currentThread();
        if (closed) {
            return latest;
        }
        ConsoleSettings s = settings.get();
        try {
            ClusterSnapshot snap = refresh(force, waitAll, s);
            if (snap != null) { // null: every due host still in flight (refresh)
                latest = snap;
                publisher.publish(snap, s.autoRestartLostTenants());
            }
            return latest;
        } catch (RuntimeException e) {
            if (!closed) {
                log().error("status refresh failed", e);
            }
            return latest;
        } finally {
            reschedule(s);
        }
    }

    private ClusterSnapshot refresh(boolean force, boolean waitAll, ConsoleSettings s) {
        Map<String, SlurmJobState> jobStates = new HashMap<>();
        states.list().states().forEach(st -> jobStates.put(st.name(), st));
        Targets targets = Targets.of(inventory.get(), jobStates, defaultHost);
        lastTargets = targets;
        long now = System.nanoTime();
        List<HostRuns.Run> mine = new ArrayList<>();
        for (String h : schedule.due(targets.hosts(), now, force)) {
            HostRuns.Run r = runs.get(h);
            if (r == null) {
                r = runs.start(h, now, () -> refresher.refresh(h, targets.leasesOn(h), targets.jobsOn(h)), workers,
                        this::landedLater);
                schedule.started(h, now);
            }
            mine.add(r);
        }
        List<HostRuns.Run> done = runs.collect(mine, waitAll ? -1 : now + PATIENCE_NANOS);
        // every due host still in flight and each already shown: nothing new, each publishes when it lands (0705)
        boolean nothingNew = done.isEmpty() && !mine.isEmpty() && latest.hosts().keySet().containsAll(targets.hosts());
        return nothingNew && !waitAll ? null : build(targets, done, s);
    }

    /** A host's refresh finished after its round had published: it publishes on its own (poller thread). */
    private void landedLater(HostRuns.Run run) {
        try {
            scheduler.execute(() -> {
                if (closed || !runs.finish(run)) {
                    return; // its round took it, or the poller closed
                }
                ConsoleSettings s = settings.get();
                try {
                    ClusterSnapshot snap = build(lastTargets, List.of(run), s);
                    latest = snap;
                    publisher.publish(snap, s.autoRestartLostTenants());
                } catch (RuntimeException e) {
                    log().error("status refresh of {} failed", run.host(), e);
                } finally {
                    reschedule(s);
                }
            });
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private ClusterSnapshot build(Targets targets, List<HostRuns.Run> done, ConsoleSettings s) {
        List<HostRuns.Run> good = new ArrayList<>();
        for (HostRuns.Run r : done) {
            HostObservation o = HostRuns.outcome(r, clock);
            observations.put(r.host(), o);
            if (o.kind() == HostObservation.Kind.UNREACHABLE) {
                schedule.failed(r.host(), r.startedNanos());
            } else {
                good.add(r);
            }
        }
        observations.keySet().retainAll(targets.hosts());
        schedule.forgetAllBut(targets.hosts());
        Round round = new Round(clock.instant(), Duration.ofMinutes(s.stalledAfterMinutes()), Map.copyOf(observations),
                panes, publisher.baseline(), lost, userStopped);
        ClusterSnapshot snap = SnapshotBuilder.build(targets, round);
        Duration interval = HostSchedule.interval(snap, s);
        good.forEach(r -> schedule.succeeded(r.host(), r.startedNanos(), interval));
        return snap;
    }

    private void reschedule(ConsoleSettings s) {
        if (!started || closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        Duration interval = HostSchedule.interval(latest, s);
        Set<String> hosts = latest.hosts().keySet();
        long delay = Math.max(schedule.nextIn(hosts, System.nanoTime(), interval), TimeUnit.MILLISECONDS.toNanos(100));
        next = scheduler.schedule(() -> cycle(false, false), delay, TimeUnit.NANOSECONDS);
    }

    /** A reconnect, or a loss of a host the last snapshot showed up: refresh now rather than at the next tick. */
    private void hostChanged(HostState state) {
        if (HostSchedule.changed(latest.hosts().get(state.host()), state)) {
            refreshNow();
        }
    }
}
