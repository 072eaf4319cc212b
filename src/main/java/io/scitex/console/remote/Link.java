package io.scitex.console.remote;

import java.util.List;
import net.schmizz.sshj.SSHClient;

/**
 * An authenticated connection to a host and the jump-host connections it runs through (first hop first).
 *
 * @param config the target's resolved config
 * @param client the client of the target host
 * @param jumps the clients of the hops, closed together with the target
 */
record Link(HostConfig config, SSHClient client, List<SSHClient> jumps) {

    boolean alive() {
        return client.isConnected() && client.isAuthenticated();
    }

    void close() {
        quietly(client);
        for (int i = jumps.size() - 1; i >= 0; i--) {
            quietly(jumps.get(i));
        }
    }

    private static void quietly(SSHClient c) {
        try {
            c.disconnect();
        } catch (Exception e) {
            // already gone
        }
    }
}
