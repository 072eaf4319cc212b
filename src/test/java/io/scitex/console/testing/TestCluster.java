package io.scitex.console.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local SLURM + sshd cluster written by {@code scripts/cluster/up}. Tests tagged {@code cluster} use it; when it
 * is not up they fail with a message saying how to start it (never skip).
 */
public final class TestCluster {
    public static final String TAG = "cluster";
    public static final String ALIAS = "sac-test";

    private TestCluster() {}

    public static Path dir() {
        String env = System.getenv("SAC_CLUSTER_DIR");
        Path d = env != null && !env.isEmpty()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".local", "state", "sac-console", "cluster");
        if (!Files.isRegularFile(d.resolve("ssh_config"))) {
            throw new IllegalStateException("the local test cluster is not up (no " + d.resolve("ssh_config")
                    + "); run scripts/cluster/up, or scripts/test which does it");
        }
        return d;
    }

    public static Path sshConfig() {
        return dir().resolve("ssh_config");
    }

    public static Path knownHosts() {
        return dir().resolve("known_hosts");
    }

    public static Path clientKey() {
        return dir().resolve("id_ed25519");
    }

    /** The repository's root folder (samples, scripts). */
    public static Path repo() {
        return Path.of(System.getProperty("sac.repo.dir", ".")).toAbsolutePath().normalize();
    }
}
