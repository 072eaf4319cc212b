package io.scitex.console.remote;

/** Opens long-lived terminals on hosts (a closed channel hangs up its program: nothing is left behind). */
public interface PtySource {
    RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException;
}
