package io.scitex.console.status;

import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.ShellQuote;
import io.scitex.console.slurm.ClaudeHooks;
import io.scitex.console.slurm.SlurmValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushed state changes (docs/decisions/0801): per host, ONE long-lived {@code tail -F} of the event files the
 * console's hooks append to ({@code ~/.sac/state-events/<job>.log}, one per running job), in a PTY so closing the
 * channel ends it. Every line asks the poller for a refresh now. Nothing runs remotely while nothing changes; the
 * stream is reopened when a host's set of running jobs changes. Fed with each snapshot on the poller thread; remote
 * work happens on its own threads.
 */
final class StateEvents implements Consumer<ClusterSnapshot>, AutoCloseable {
    /** Looked up when first used: a CLI verb that builds the poller and never refreshes loads no logging class. */
    private static Logger log() {
        return LoggerFactory.getLogger(StateEvents.class);
    }

    private record Stream(Set<String> jobs, RemotePty pty) {}

    private final PtySource ssh;
    private final Runnable changed;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final Set<String> opening = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(Daemons.named("sac-state-events"));
    private volatile boolean closed;

    StateEvents(PtySource ssh, Runnable changed) {
        this.ssh = ssh;
        this.changed = changed;
    }

    @Override
    public void accept(ClusterSnapshot snap) {
        Map<String, Set<String>> want = new HashMap<>();
        snap.reservations().values().stream().filter(r -> r.jobState().equals("RUNNING") && !r.jobId().isEmpty())
                .forEach(r -> want.computeIfAbsent(r.host(), h -> new TreeSet<>()).add(r.jobId()));
        snap.agents().values().stream().filter(a -> !a.isTenant() && a.sessionAlive())
                .forEach(a -> want.computeIfAbsent(a.host(), h -> new TreeSet<>()).add(a.jobId()));
        streams.forEach((host, s) -> {
            if (!s.jobs().equals(want.get(host)) || !s.pty().isOpen()) {
                streams.remove(host);
                s.pty().close();
            }
        });
        want.remove("");
        want.forEach((host, jobs) -> {
            if (!closed && !streams.containsKey(host) && opening.add(host)) {
                threads.execute(() -> open(host, jobs));
            }
        });
    }

    /** {@code tail -F} of the jobs' event files, printing only what is appended from now on. */
    static RemoteCommand command(Set<String> jobs) {
        StringBuilder files = new StringBuilder();
        for (String j : jobs) {
            files.append(' ').append(ShellQuote.quote(SlurmValues.jobId(j) + ".log"));
        }
        return RemoteCommand.script("d=\"$HOME\"/" + ShellQuote.quote(ClaudeHooks.EVENTS_DIR) + " && mkdir -p \"$d\""
                + " && cd \"$d\" && touch --" + files + " && stty -echo 2>/dev/null; exec tail -n0 -q -F --" + files);
    }

    private void open(String host, Set<String> jobs) {
        try {
            RemotePty pty = ssh.openPty(host, command(jobs), 200, 10);
            streams.put(host, new Stream(Set.copyOf(jobs), pty));
            opening.remove(host);
            read(host, pty);
        } catch (RemoteException e) {
            opening.remove(host);
            log().warn("no state events from {}: {}", host, e.getMessage());
        }
    }

    private void read(String host, RemotePty pty) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(pty.output(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && !closed; line = in.readLine()) {
                if (!line.isBlank()) {
                    changed.run();
                }
            }
        } catch (IOException e) {
            log().debug("state events of {} ended: {}", host, e.toString());
        } finally {
            Stream mine = streams.get(host);
            if (mine != null && mine.pty() == pty) {
                streams.remove(host);
            }
            pty.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        streams.values().forEach(s -> s.pty().close());
        streams.clear();
        threads.shutdownNow();
    }
}
