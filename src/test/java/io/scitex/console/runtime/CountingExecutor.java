package io.scitex.console.runtime;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the remote commands that pass through it to the real executor. */
final class CountingExecutor implements RemoteExecutor {
    private final RemoteExecutor delegate;
    private final AtomicInteger count = new AtomicInteger();

    CountingExecutor(RemoteExecutor delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
        count.incrementAndGet();
        return delegate.run(host, command);
    }

    int count() {
        return count.get();
    }

    void reset() {
        count.set(0);
    }
}
