package io.scitex.console.runtime;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import java.time.Instant;

/** Runs commands through another executor and writes each one, with its outcome and duration, to an action log. */
public final class LoggedExecutor implements RemoteExecutor {
    private final RemoteExecutor delegate;
    private final ActionLog log;

    public LoggedExecutor(RemoteExecutor delegate, ActionLog log) {
        this.delegate = delegate;
        this.log = log;
    }

    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
        Instant at = Instant.now();
        long start = System.nanoTime();
        try {
            ExecResult r = delegate.run(host, command);
            log.append(entry(at, host, ActionEntry.outcomeOf(r.exitStatus()), start, command));
            return r;
        } catch (RemoteException | RuntimeException e) {
            log.append(entry(at, host, ActionEntry.outcomeOf(e), start, command));
            throw e;
        }
    }

    private static ActionEntry entry(Instant at, String host, String outcome, long start, RemoteCommand command) {
        return ActionEntry.forCommand(at, host, outcome, (System.nanoTime() - start) / 1_000_000, command);
    }
}
