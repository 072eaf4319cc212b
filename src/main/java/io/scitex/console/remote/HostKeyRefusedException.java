package io.scitex.console.remote;

/** A host key was unknown under the strict policy, declined, revoked or changed; retrying will not help. */
public class HostKeyRefusedException extends RemoteException {
    /** The message names the host, the fingerprints and, for a changed key, the file and line of the old one. */
    public HostKeyRefusedException(String host, String message, Throwable cause) {
        super(host, message, cause);
    }
}
