package io.scitex.console.ui.terminal;

import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Adapts the SSH layer's {@link RemotePty} to what the terminal connector needs. */
final class PtyChannel implements StreamTtyConnector.Channel {
    private final RemotePty pty;

    PtyChannel(RemotePty pty) {
        this.pty = pty;
    }

    @Override
    public InputStream output() {
        return pty.output();
    }

    @Override
    public OutputStream input() {
        return pty.input();
    }

    @Override
    public void resize(int columns, int rows) throws IOException {
        try {
            pty.resize(columns, rows);
        } catch (RemoteException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return pty.isOpen();
    }

    @Override
    public int waitFor() throws InterruptedException {
        Integer rc = pty.waitFor();
        return rc == null ? -1 : rc;
    }

    @Override
    public void close() {
        pty.close();
    }
}
