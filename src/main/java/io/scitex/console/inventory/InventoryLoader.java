package io.scitex.console.inventory;

import io.scitex.console.agent.AgentDiscovery;
import io.scitex.console.agent.Problem;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.SettingsStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads agents, reservations and settings from disk (no SSH): cheap enough to run on every reload. An agent YAML
 * that has not changed since the last load is not parsed again ({@link io.scitex.console.agent.AgentYamlCache}).
 */
public final class InventoryLoader {
    private final ConsolePaths paths;
    private final SettingsStore settings;
    private final LeaseStore leases;
    private final io.scitex.console.agent.AgentYamlCache parsed = new io.scitex.console.agent.AgentYamlCache();
    // guarded by this: the last read and when it began (System.nanoTime), and how many watchers run
    private Inventory last;
    private long lastStarted;
    private int watchers;

    public InventoryLoader(ConsolePaths paths, SettingsStore settings, LeaseStore leases) {
        this.paths = paths;
        this.settings = settings;
        this.leases = leases;
    }

    /** The folders agents are discovered in, each holding {@code <name>/<name>.yaml}. */
    public List<java.nio.file.Path> agentRoots() {
        return paths.agentRoots(settings.effective().settings());
    }

    /** The lease folder and the settings file's folder. */
    public List<java.nio.file.Path> otherFolders() {
        return List.of(leases.dir(), paths.settingsFile().getParent());
    }

    public Inventory load() {
        long started = System.nanoTime();
        Inventory inv = read();
        synchronized (this) {
            if (last == null || started - lastStarted > 0) { // a read that began earlier never replaces a later one
                last = inv;
                lastStarted = started;
            }
        }
        return inv;
    }

    /**
     * The last inventory read, while an {@link InventoryWatcher} reads the files again after every change and that
     * read began less than {@code maxAge} ago; else a fresh {@link #load}. The window's poller asks at every refresh:
     * with 500 agents, listing their folders and reading their files every 15 s was most of its CPU at rest
     * (decision 0705); {@code maxAge} bounds how long a change the watcher missed goes unseen.
     */
    public Inventory recent(java.time.Duration maxAge) {
        synchronized (this) {
            if (watchers > 0 && last != null && System.nanoTime() - lastStarted < maxAge.toNanos()) {
                return last;
            }
        }
        return load();
    }

    /** A watcher started ({@code true}) or closed. */
    synchronized void watched(boolean on) {
        watchers += on ? 1 : -1;
    }

    private Inventory read() {
        SettingsStore.Loaded loaded = settings.effective();
        AgentDiscovery.DiscoveryResult found = new AgentDiscovery(paths.agentRoots(loaded.settings()), parsed)
                .discover();
        LeaseStore.LeaseList leaseList = leases.list();
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(found.problems());
        problems.addAll(leaseList.problems());
        return new Inventory(found.agents(), found.invalid(), leaseList.leases(), problems);
    }
}
