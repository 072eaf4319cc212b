package io.scitex.console.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the console reads and writes, from a home folder and an environment map (never read directly from the
 * process, so tests and the demo can point everything at a scratch home with {@code SAC_CONSOLE_HOME}).
 */
public final class ConsolePaths {
    public static final String CONSOLE_HOME = "SAC_CONSOLE_HOME";
    public static final String LEASE_DIR = "SCITEX_HPC_LEASE_DIR";
    public static final String YAML_DIRS = "SCITEX_AGENT_CONTAINER_YAML_DIRS";

    private final Path home;
    private final Map<String, String> env;

    /** Paths under {@code home}, with overrides from {@code env}. */
    public ConsolePaths(Path home, Map<String, String> env) {
        this.home = home.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
    }

    /** Home from {@code SAC_CONSOLE_HOME}, else {@code userHome}. */
    public static ConsolePaths from(Map<String, String> env, Path userHome) {
        String override = env.get(CONSOLE_HOME);
        return new ConsolePaths(override == null || override.isBlank() ? userHome : Path.of(override), env);
    }

    /** The paths of this process: its environment and {@code user.home}. */
    public static ConsolePaths system() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path home() {
        return home;
    }

    public Map<String, String> env() {
        return env;
    }

    /** {@code ~/.scitex/agent-container/agents/}: the first agent folder searched. */
    public Path agentsDefaultDir() {
        return containerDir().resolve("agents");
    }

    /** {@code $SCITEX_HPC_LEASE_DIR}, else {@code ~/.scitex/hpc/runtime/leases/}. */
    public Path leaseDir() {
        String override = env.get(LEASE_DIR);
        return override == null || override.isEmpty()
                ? home.resolve(".scitex/hpc/runtime/leases")
                : expand(override);
    }

    /** {@code ~/.scitex/agent-container/runtime/slurm-state/}: job ids of {@code runtime: slurm} agents. */
    public Path slurmStateDir() {
        return containerDir().resolve("runtime/slurm-state");
    }

    /** {@code ~/.scitex/agent-container/console/}: the console's own files. */
    public Path consoleDir() {
        return containerDir().resolve("console");
    }

    public Path settingsFile() {
        return consoleDir().resolve("settings.json");
    }

    /** {@code ~/.scitex/agent-container/console/actions.log}. */
    public Path actionLog() {
        return consoleDir().resolve("actions.log");
    }

    /** The entries of {@code $SCITEX_AGENT_CONTAINER_YAML_DIRS}: colon-separated, {@code ~} expanded, empties skipped. */
    public List<Path> envAgentDirs() {
        List<Path> dirs = new ArrayList<>();
        String value = env.getOrDefault(YAML_DIRS, "");
        for (String entry : value.split(":")) {
            if (!entry.isBlank()) {
                dirs.add(expand(entry.strip()));
            }
        }
        return dirs;
    }

    /** The agent search order of contract §2: default folder, then the env entries, then the console-added ones. */
    public List<Path> agentRoots(ConsoleSettings settings) {
        List<Path> roots = new ArrayList<>();
        roots.add(agentsDefaultDir());
        roots.addAll(envAgentDirs());
        settings.extraAgentFolders().forEach(f -> roots.add(expand(f)));
        return roots;
    }

    /** {@code ~} and {@code ~/x} against this home; other paths as they are, made absolute. */
    public Path expand(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2)).normalize();
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    private Path containerDir() {
        return home.resolve(".scitex/agent-container");
    }
}
