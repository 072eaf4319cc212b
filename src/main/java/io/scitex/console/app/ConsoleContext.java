package io.scitex.console.app;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.Problem;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.inventory.InventoryLoader;
import io.scitex.console.inventory.InventoryWatcher;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.runtime.ActionEntry;
import io.scitex.console.runtime.ActionLog;
import io.scitex.console.runtime.AgentHosts;
import io.scitex.console.runtime.AgentManager;
import io.scitex.console.runtime.LoggedExecutor;
import io.scitex.console.runtime.ReservationManager;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.settings.SettingsStore;
import io.scitex.console.status.StatusPoller;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The composition root shared by the window and the CLI: settings, the SSH layer, the action log, the services and
 * the one status poller, built once from the console's paths. Settings are read when it opens; open a new context
 * to apply changed ones. Closing it stops the poller and closes every SSH connection.
 */
public final class ConsoleContext implements AutoCloseable {
    /** How many action-log entries stay in memory for the window. */
    public static final int RECENT_ACTIONS = 500;

    private final ConsolePaths paths;
    private final SettingsStore settingsStore;
    private final SettingsStore.Loaded settings;
    private final String defaultHost;
    private final SshConfig sshConfig;
    private final SshHosts sshHosts;
    private final ActionLog actionLog;
    private final RemoteExecutor executor;
    private final LeaseStore leases;
    private final RuntimeStateStore runtimeStates;
    private final InventoryLoader inventory;
    private final ReservationManager reservations;
    private final AgentHosts agentHosts;
    private final AgentManager agents;
    private final StatusPoller poller;
    private volatile List<AgentSpec> alsoWatched = List.of();
    private volatile boolean polling;

    /**
     * Command-line overrides ({@code --ssh-config}, {@code --known-hosts}, {@code --host}); each wins over the settings
     * and the environment.
     */
    public record Overrides(Optional<Path> sshConfig, Optional<Path> knownHosts, Optional<String> defaultHost) {
        public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty());

        public Overrides withSshConfig(Path file) {
            return new Overrides(Optional.ofNullable(file), knownHosts, defaultHost);
        }

        public Overrides withKnownHosts(Path file) {
            return new Overrides(sshConfig, Optional.ofNullable(file), defaultHost);
        }

        public Overrides withDefaultHost(String host) {
            return new Overrides(sshConfig, knownHosts, Optional.ofNullable(host).filter(h -> !h.isBlank()));
        }
    }

    private ConsoleContext(ConsolePaths paths, Overrides overrides, Prompter prompter) {
        this.paths = paths;
        this.settingsStore = new SettingsStore(paths);
        this.settings = settingsStore.effective();
        ConsoleSettings s = settings.settings();
        this.defaultHost = overrides.defaultHost().orElse(s.defaultHost());
        this.sshConfig = overrides.sshConfig().map(SshConfig::load).orElseGet(() -> sshConfigOf(s));
        Path knownHosts = overrides.knownHosts().orElseGet(() -> s.knownHosts().equals(
                ConsoleSettings.DEFAULTS.knownHosts()) ? null : paths.expand(s.knownHosts()));
        SshOptions options = SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.valueOf(s.hostKeyPolicy().name()))
                .withKnownHosts(knownHosts);
        this.sshHosts = new SshHosts(sshConfig, prompter, options);
        this.actionLog = new ActionLog(paths.actionLog(), RECENT_ACTIONS);
        this.executor = new LoggedExecutor(sshHosts, actionLog);
        this.leases = LeaseStore.of(paths);
        this.runtimeStates = RuntimeStateStore.of(paths);
        this.inventory = new InventoryLoader(paths, settingsStore, leases);
        this.reservations = new ReservationManager(executor, leases);
        this.agentHosts = new AgentHosts(() -> defaultHost);
        this.agents = new AgentManager(executor, reservations, runtimeStates, agentHosts);
        // the poller talks to the SSH layer directly: its refreshes would drown the action log
        this.poller = new StatusPoller(sshHosts, this::watchedInventory, runtimeStates, leases, this::settings,
                Clock.systemUTC(), defaultHost, this::restartLost);
    }

    /**
     * Builds the context. Nothing connects yet: hosts connect on first use.
     *
     * @throws io.scitex.console.remote.SshConfigException when an ssh config given explicitly is missing or broken
     */
    public static ConsoleContext open(ConsolePaths paths, Overrides overrides, Prompter prompter) {
        return new ConsoleContext(paths, overrides, prompter);
    }

    /** The default {@code ~/.ssh/config} may be missing (OpenSSH's defaults); a file the user named must exist. */
    private SshConfig sshConfigOf(ConsoleSettings s) {
        Path file = paths.expand(s.sshConfig());
        return s.sshConfig().equals(ConsoleSettings.DEFAULTS.sshConfig()) ? SshConfig.loadIfPresent(file)
                : SshConfig.load(file);
    }

    public ConsolePaths paths() {
        return paths;
    }

    /** The effective settings (file, then environment) as read when the context opened. */
    public ConsoleSettings settings() {
        return settings.settings();
    }

    public List<Problem> settingsProblems() {
        return settings.problems();
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The host used when an agent names none ({@code --host}, SCITEX_HPC_HOST, settings); empty when unset. */
    public Optional<String> defaultHost() {
        return Optional.of(defaultHost).filter(h -> !h.isBlank());
    }

    public SshConfig sshConfig() {
        return sshConfig;
    }

    /** The SSH layer itself, for terminals ({@code openPty}) and host-state listeners. */
    public SshHosts sshHosts() {
        return sshHosts;
    }

    /** Every remote command through here lands in the action log. */
    public RemoteExecutor executor() {
        return executor;
    }

    public ActionLog actionLog() {
        return actionLog;
    }

    public LeaseStore leases() {
        return leases;
    }

    public RuntimeStateStore runtimeStates() {
        return runtimeStates;
    }

    public InventoryLoader inventory() {
        return inventory;
    }

    public ReservationManager reservations() {
        return reservations;
    }

    /** Where each {@code runtime: slurm} agent's jobs live (the poller asks the same hosts). */
    public AgentHosts agentHosts() {
        return agentHosts;
    }

    public AgentManager agents() {
        return agents;
    }

    /** The one status poller (window and CLI): idle until {@link #startPolling()}, or asked with refreshOnce. */
    public StatusPoller statusPoller() {
        return poller;
    }

    /** Polls in the background from now on, and restarts lost tenants when the settings ask for it. */
    public void startPolling() {
        polling = true;
        poller.start();
    }

    /**
     * Watches the agent folders, the lease folder and the settings: {@code listener} gets a fresh inventory (on the
     * watcher's thread) soon after each change. Close the watcher when done.
     */
    public InventoryWatcher watchFiles(java.util.function.Consumer<Inventory> listener) throws java.io.IOException {
        return new InventoryWatcher(inventory, listener);
    }

    /** Agents the poller watches besides the discovered ones (the CLI's agents named by a YAML path). */
    public void watchAlso(List<AgentSpec> agents) {
        alsoWatched = List.copyOf(agents);
    }

    private Inventory watchedInventory() {
        // while the window watches the files, their last read (each change is read again); in full once a minute
        Inventory found = inventory.recent(java.time.Duration.ofMinutes(1));
        List<AgentSpec> watched = new ArrayList<>(found.agents());
        alsoWatched.stream().filter(a -> found.agent(a.name()).isEmpty()).forEach(watched::add);
        return new Inventory(watched, found.invalid(), found.leases(), found.problems());
    }

    private void restartLost(String reservation) {
        if (!polling) {
            return; // a one-off CLI refresh only reports
        }
        try {
            List<AgentSpec> tenants = inventory.load().agents().stream()
                    .filter(a -> a.slurm().reservation().equals(reservation)).toList();
            agents.restartLost(reservation, tenants);
        } catch (Exception e) {
            // the logger only now: opening a context for a local verb loads no logging class (decision 0900)
            LoggerFactory.getLogger(ConsoleContext.class).warn("restarting the lost tenants of {} failed: {}", reservation, e.getMessage());
        }
    }

    /** Opens a terminal on the target (e.g. {@link AgentManager#attachTarget}) and notes it in the action log. */
    public RemotePty openTerminal(AttachTarget target, int cols, int rows) throws RemoteException {
        Instant at = Instant.now();
        long start = System.nanoTime();
        try {
            RemotePty pty = sshHosts.openPty(target.host(), target.command(), cols, rows);
            actionLog.append(ActionEntry.forCommand(at, target.host(), "terminal opened", millisSince(start),
                    target.command()));
            return pty;
        } catch (RemoteException | RuntimeException e) {
            actionLog.append(ActionEntry.forCommand(at, target.host(), ActionEntry.outcomeOf(e), millisSince(start),
                    target.command()));
            throw e;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        poller.close();
        sshHosts.close();
    }
}
