package io.scitex.console.cli;

import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies keystrokes to a remote terminal and its output back, byte for byte, on two threads, until the remote
 * program ends. Local end of input closes the terminal, which ends the remote side.
 */
final class PtyBridge {
    private final RemotePty pty;
    private final InputStream keys;
    private final OutputStream screen;

    PtyBridge(RemotePty pty, InputStream keys, OutputStream screen) {
        this.pty = pty;
        this.keys = keys;
        this.screen = screen;
    }

    /** Bridges until the remote program ends; returns its exit status, or null when it ended without one. */
    Integer run() throws InterruptedException {
        Thread in = daemon("sac-attach-keys", this::pumpKeys);
        Thread out = daemon("sac-attach-screen", this::pumpScreen);
        out.start();
        in.start();
        Integer status = pty.waitFor();
        out.join(2000);
        return status;
    }

    private void pumpKeys() {
        byte[] buf = new byte[4096];
        try {
            OutputStream remote = pty.input();
            int n;
            while ((n = keys.read(buf)) >= 0) {
                remote.write(buf, 0, n);
                remote.flush();
            }
        } catch (IOException e) {
            // the channel closed under us: the remote program has ended
        }
        pty.close();
    }

    private void pumpScreen() {
        byte[] buf = new byte[16384];
        try {
            InputStream remote = pty.output();
            int n;
            while ((n = remote.read(buf)) >= 0) {
                screen.write(buf, 0, n);
                screen.flush();
            }
        } catch (IOException e) {
            // channel closed: nothing more to show
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
