package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.app.Inventory;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.service.AgentService;
import io.scitex.console.service.ReservationService;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.StatusPoller;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The verbs' services from the console's composition root, the one the window uses too. */
final class ContextBackend implements CliBackend {
    private final ConsoleContext context;
    private StatusPoller poller;
    private volatile List<AgentSpec> extra = List.of();

    private ContextBackend(ConsoleContext context) {
        this.context = context;
    }

    static CliBackend open(GlobalOptions options, CliEnv env, PrintWriter err) {
        ConsolePaths paths = ConsolePaths.from(env.env(), env.userHome());
        ConsoleContext.Overrides overrides = ConsoleContext.Overrides.NONE
                .withSshConfig(options.sshConfig().orElse(null))
                .withKnownHosts(options.knownHosts().orElse(null))
                .withDefaultHost(options.host().orElse(null));
        return new ContextBackend(ConsoleContext.open(paths, overrides, new TerminalPrompter(env.terminal(), err)));
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
        if (poller == null) {
            poller = new StatusPoller(context.executor(), this::watched, context.runtimeStates(), context.leases(),
                    context::settings, Clock.systemUTC(), context.defaultHost().orElse(""), null);
        }
        extra = List.copyOf(alsoWatch);
        return poller.refreshOnce();
    }

    /** The discovered agents, plus those named by path that discovery does not find. */
    private Inventory watched() {
        Inventory found = context.inventory().load();
        List<AgentSpec> agents = new ArrayList<>(found.agents());
        extra.stream().filter(a -> found.agent(a.name()).isEmpty()).forEach(agents::add);
        return new Inventory(agents, found.leases(), found.problems());
    }

    @Override
    public RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException {
        return context.sshHosts().openPty(host, command, cols, rows);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.close();
        }
        context.close();
    }
}
