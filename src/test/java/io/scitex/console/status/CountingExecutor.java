package io.scitex.console.status;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostState;
import io.scitex.console.remote.HostStateListener;
import io.scitex.console.remote.HostStateSource;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.SshHosts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Forwards to the real SSH layer and records every command: how many squeue, how many srun steps, bytes back. */
final class CountingExecutor implements io.scitex.console.remote.RemoteExecutor, HostStateSource {
    private static final Pattern SRUN = Pattern.compile("(^|[\\s(])srun --jobid=");
    private final SshHosts delegate;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, AtomicInteger> squeueInFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxSqueueInFlight = new AtomicInteger();

    /** One command and what it returned. */
    record Call(String host, String script, int srunSteps, String stdout) {
        boolean isSqueue() {
            return script.startsWith("squeue ");
        }
    }

    CountingExecutor(SshHosts delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
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

    /** The most squeue commands seen running at once for one host. */
    int maxSqueueInFlight() {
        return maxSqueueInFlight.get();
    }

    /** Calls since the last {@code take}, then forgets them. */
    List<Call> take() {
        synchronized (calls) {
            List<Call> out = List.copyOf(calls);
            calls.clear();
            return out;
        }
    }

    @Override
    public HostState state(String host) {
        return delegate.state(host);
    }

    @Override
    public void addListener(HostStateListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void removeListener(HostStateListener listener) {
        delegate.removeListener(listener);
    }
}
