package io.scitex.console.remote;

import java.io.IOException;

/** A remote command could not run or finish: the message names the host and, where there is one, the command. */
public class RemoteException extends IOException {
    private final String host;

    public RemoteException(String host, String message) {
        super(message);
        this.host = host;
    }

    public RemoteException(String host, String message, Throwable cause) {
        super(message, cause);
        this.host = host;
    }

    public String host() {
        return host;
    }
}
