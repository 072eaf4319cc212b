package io.scitex.console.testing;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostState;
import io.scitex.console.remote.HostStateListener;
import io.scitex.console.remote.HostStateSource;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forwards to the real SSH layer and records every command: how many, how many squeue and srun steps, bytes back.
 * Host-state listeners go to the delegate when it is a {@link HostStateSource}, so a poller over it reacts to
 * reconnects as over the real one.
 */
public final class CountingExecutor implements RemoteExecutor, HostStateSource {
    private static final Pattern SRUN = Pattern.compile("(^|[\\s(])srun --jobid=");
    private final RemoteExecutor delegate;
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Map<String, AtomicInteger> squeueInFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxSqueueInFlight = new AtomicInteger();

    /** One command and what it returned. */
    public record Call(String host, String script, int srunSteps, String stdout) {
        public boolean isSqueue() {
            return script.startsWith("squeue ");
        }
    }

    /** Over {@code delegate}: the SSH layer itself, or a decorator of it such as the action-logging executor. */
    public CountingExecutor(RemoteExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
        count.incrementAndGet();
        boolean squeue = command.script().startsWith("squeue ");
        AtomicInteger inFlight = squeueInFlight.computeIfAbsent(host, h -> new AtomicInteger());
        if (squeue) {
            maxSqueueInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        }
        ExecResult r;
        try {
            r = delegate.run(host, command);
        } finally {
            if (squeue) {
                inFlight.decrementAndGet();
            }
        }
        Matcher m = SRUN.matcher(command.script());
        int steps = 0;
        while (m.find()) {
            steps++;
        }
        synchronized (calls) {
            calls.add(new Call(host, command.script(), steps, r.stdout()));
        }
        return r;
    }

    /** Commands run since the last {@link #reset}. */
    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }

    /** The most squeue commands seen running at once for one host. */
    public int maxSqueueInFlight() {
        return maxSqueueInFlight.get();
    }

    /** Calls since the last {@code take}, then forgets them. */
    public List<Call> take() {
        synchronized (calls) {
            List<Call> out = List.copyOf(calls);
            calls.clear();
            return out;
        }
    }

    @Override
    public HostState state(String host) {
        return source().state(host);
    }

    @Override
    public void addListener(HostStateListener listener) {
        source().addListener(listener);
    }

    @Override
    public void removeListener(HostStateListener listener) {
        source().removeListener(listener);
    }

    private HostStateSource source() {
        if (delegate instanceof HostStateSource s) {
            return s;
        }
        throw new UnsupportedOperationException("the delegate reports no host states");
    }
}
