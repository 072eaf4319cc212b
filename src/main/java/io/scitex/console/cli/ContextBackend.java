package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.service.AgentService;
import io.scitex.console.service.ReservationService;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.status.ClusterSnapshot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The verbs' services from the console's composition root, the one the window uses too. */
final class ContextBackend implements CliBackend {
    private final ConsoleContext context;

    private ContextBackend(ConsoleContext context) {
        this.context = context;
    }

    static CliBackend open(GlobalOptions options, CliEnv env, PrintWriter err) {
        ConsolePaths paths = ConsolePaths.from(env.env(), env.userHome());
        return new ContextBackend(ConsoleContext.open(paths, options.overrides(),
                new TerminalPrompter(env.terminal(), err)));
    }

    @Override
    public Inventory inventory() {
        return context.inventory().load();
    }

    @Override
    public AgentService agents() {
        return context.agents();
    }

    @Override
    public ReservationService reservations() {
        return context.reservations();
    }

    @Override
    public Optional<String> defaultHost() {
        return context.defaultHost();
    }

    @Override
    public synchronized ClusterSnapshot refreshStatus(List<AgentSpec> alsoWatch) {
        context.watchAlso(alsoWatch);
        return context.statusPoller().refreshOnce();
    }

    @Override
    public RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException {
        return context.sshHosts().openPty(host, command, cols, rows);
    }

    @Override
    public synchronized void close() {
        context.close();
    }
}
