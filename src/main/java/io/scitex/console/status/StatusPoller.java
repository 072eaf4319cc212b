package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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
 * Refreshes run one at a time on the poller thread (so never two squeue for one host are in flight), every
 * {@code pollActiveSeconds} while something is pending or starting, else every {@code pollIdleSeconds}, with a
 * backoff for unreachable hosts. Listeners get each snapshot and each event on the poller thread and must not block.
 */
public final class StatusPoller implements AutoCloseable {
    /** How many pane lines a snapshot carries per agent. */
    public static final int PANE_LINES = 30;
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
                    cycle(true);
                });
            } catch (RejectedExecutionException e) {
                nowQueued.set(false); // closed meanwhile
            }
        }
    }

    /** Refreshes every host and returns the snapshot (blocking: for the command line, or tests). */
    public ClusterSnapshot refreshOnce() {
        if (Thread.currentThread() == pollerThread) {
            return cycle(true);
        }
        if (closed) {
            throw new IllegalStateException("the status poller is closed");
        }
        Future<ClusterSnapshot> f;
        try {
            f = scheduler.submit(() -> cycle(true));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the status poller is closed", e);
        }
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

    /** The latest snapshot (empty before the first refresh). */
    public ClusterSnapshot snapshot() {
        return latest;
    }

    /** The user stopped these agents: their sessions vanishing next is a stop, not an exit. */
    public void expectStopped(Collection<String> agents) {
        userStopped.addAll(agents);
    }

    public void addListener(Consumer<ClusterSnapshot> listener) {
        publisher.listeners().add(listener);
    }
    public void removeListener(Consumer<ClusterSnapshot> listener) {
        publisher.listeners().remove(listener);
    }
    public void addEventListener(Consumer<StatusEvent> listener) {
        publisher.eventListeners().add(listener);
    }
    public void removeEventListener(Consumer<StatusEvent> listener) {
        publisher.eventListeners().remove(listener);
    }

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

    private ClusterSnapshot cycle(boolean force) {
        pollerThread = Thread.currentThread();
        if (closed) {
            return latest;
        }
        ConsoleSettings s = settings.get();
        try {
            ClusterSnapshot snap = refresh(force, s);
            latest = snap;
            publisher.publish(snap, s.autoRestartLostTenants());
            return snap;
        } catch (RuntimeException e) {
            if (!closed) {
                log().error("status refresh failed", e);
            }
            return latest;
        } finally {
            reschedule(s);
        }
    }

    private ClusterSnapshot refresh(boolean force, ConsoleSettings s) {
        Map<String, SlurmJobState> jobStates = new HashMap<>();
        states.list().states().forEach(st -> jobStates.put(st.name(), st));
        Targets targets = Targets.of(inventory.get(), jobStates, defaultHost);
        long now = System.nanoTime();
        Map<String, Future<HostObservation>> running = new HashMap<>();
        for (String h : schedule.due(targets.hosts(), now, force)) {
            running.put(h, workers.submit(() -> refresher.refresh(h, targets.leasesOn(h), targets.jobsOn(h))));
        }
        List<String> good = new ArrayList<>();
        running.forEach((h, f) -> {
            HostObservation o = await(h, f);
            observations.put(h, o);
            if (o.kind() == HostObservation.Kind.UNREACHABLE) {
                schedule.failed(h, now);
            } else {
                good.add(h);
            }
        });
        observations.keySet().retainAll(targets.hosts());
        schedule.forgetAllBut(targets.hosts());
        Round round = new Round(clock.instant(), Duration.ofMinutes(s.stalledAfterMinutes()), Map.copyOf(observations),
                panes, publisher.baseline(), lost, userStopped);
        ClusterSnapshot snap = SnapshotBuilder.build(targets, round);
        Duration interval = interval(snap, s);
        good.forEach(h -> schedule.succeeded(h, now, interval));
        return snap;
    }

    private HostObservation await(String host, Future<HostObservation> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("status refresh interrupted", e);
        } catch (ExecutionException e) {
            log().error("refresh of {} failed", host, e.getCause());
            return HostObservation.failed(host, HostObservation.Kind.SCHEDULER_ERROR, "refresh failed: "
                    + e.getCause(), clock.instant(), Duration.ZERO);
        }
    }

    private void reschedule(ConsoleSettings s) {
        if (!started || closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        Duration interval = interval(latest, s);
        Set<String> hosts = latest.hosts().keySet();
        long delay = Math.max(schedule.nextIn(hosts, System.nanoTime(), interval), TimeUnit.MILLISECONDS.toNanos(100));
        next = scheduler.schedule(() -> cycle(false), delay, TimeUnit.NANOSECONDS);
    }

    /** Active cadence while an agent or a reservation waits for the scheduler or its session. */
    static Duration interval(ClusterSnapshot snap, ConsoleSettings s) {
        boolean active = snap.agents().values().stream()
                .anyMatch(a -> a.phase() == AgentPhase.PENDING || a.phase() == AgentPhase.STARTING)
                || snap.reservations().values().stream()
                        .anyMatch(r -> r.jobState().equals("PENDING") || r.jobState().equals("CONFIGURING"));
        return Duration.ofSeconds(Math.max(1, active ? s.pollActiveSeconds() : s.pollIdleSeconds()));
    }

    /** A reconnect, or a loss of a host the last snapshot showed up: refresh now rather than at the next tick. */
    private void hostChanged(HostState state) {
        HostStatus shown = latest.hosts().get(state.host());
        if (shown == null) {
            return;
        }
        boolean wasUp = shown.connection() == ConnectionState.CONNECTED;
        boolean lost = state.status() == ConnectionState.DISCONNECTED && wasUp;
        boolean back = state.status() == ConnectionState.CONNECTED && !wasUp;
        if (lost || back) {
            refreshNow();
        }
    }
}
