package io.scitex.console.remote;

/**
 * Runs commands on cluster hosts named by ssh_config alias. Implementations share one connection per host.
 * Callers get a result for any exit status; a {@link RemoteException} means the command could not run or finish
 * (unreachable host, refused host key, timeout, cancellation).
 */
public interface RemoteExecutor {
    ExecResult run(String host, RemoteCommand command) throws RemoteException;
}
