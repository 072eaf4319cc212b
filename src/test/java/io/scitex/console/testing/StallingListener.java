package io.scitex.console.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host that accepts TCP connections and never says a word (no SSH banner): what a hung login node or a firewall
 * that swallows traffic looks like to a client. Listens on a free loopback port until closed.
 */
public final class StallingListener implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    public StallingListener() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptForever, "stalling-listener");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** How many connections it has accepted (and left hanging). */
    public int accepted() {
        return accepted.size();
    }

    /** An ssh_config block naming this listener {@code alias}. */
    public String configBlock(String alias) {
        return "Host " + alias + "\n  HostName 127.0.0.1\n  Port " + port() + "\n  User sacuser\n  IdentityFile "
                + TestCluster.clientKey() + "\n  IdentitiesOnly yes\n  UserKnownHostsFile " + TestCluster.knownHosts()
                + "\n  StrictHostKeyChecking yes\n";
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                accepted.add(server.accept());
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }
}
