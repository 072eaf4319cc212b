package io.scitex.console.cli;

import io.scitex.console.inventory.Inventory;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.service.AgentService;
import io.scitex.console.service.ReservationService;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.agent.AgentSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** What the verbs call: the same services the window uses, opened once per command and closed after it. */
public interface CliBackend extends AutoCloseable {
    /** Agents, reservations and problems as the local files say (no SSH). */
    Inventory inventory();

    AgentService agents();

    ReservationService reservations();

    /** The host for agents and bookings that name none: --host, else SCITEX_HPC_HOST, else the settings. */
    Optional<String> defaultHost();

    /**
     * One blocking status refresh of every host (one squeue per host, one pane sweep per reservation), of the
     * discovered agents plus {@code alsoWatch} (agents named by a YAML path outside discovery).
     */
    ClusterSnapshot refreshStatus(List<AgentSpec> alsoWatch);

    /** A terminal on {@code host} running {@code command}. */
    RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException;

    @Override
    void close();

    /** Opens a backend for one command line. */
    @FunctionalInterface
    interface Factory {
        CliBackend open(GlobalOptions options, CliEnv env, PrintWriter err);
    }
}
