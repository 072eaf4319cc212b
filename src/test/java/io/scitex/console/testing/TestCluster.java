package io.scitex.console.testing;

import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local SLURM + sshd cluster written by {@code scripts/cluster/up}. Tests tagged {@code cluster} use it; when it
 * is not up they fail with a message saying how to start it (never skip).
 */
public final class TestCluster {
    public static final String TAG = "cluster";
    public static final String ALIAS = "sac-test";
    /** The same cluster through a login whose shell start-up prints imitations of SLURM and scitex-hpc output. */
    public static final String NOISY_ALIAS = "sac-noisy";
    /** The second, independent cluster (scripts/cluster/up2): its own slurmctld, slurmd (node vm2), sshd and login. */
    public static final String ALIAS2 = "sac-test2";
    /** The second cluster's login account (its own home, as on another site). */
    public static final String USER2 = "sacuser2";
    /** The second cluster's folder: its sshd's pid file, configs and logs. */
    public static Path dir2() {
        Path d = dir().resolve("second");
        try {
            if (!Files.isRegularFile(d.resolve("sshd_config"))
                    || !Files.readString(sshConfig()).contains("Host " + ALIAS2)) {
                throw new IllegalStateException("the second local test cluster is not up (no alias " + ALIAS2
                        + " in " + sshConfig() + "); run scripts/cluster/up --second, or scripts/test which does it");
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + sshConfig() + ": " + e.getMessage(), e);
        }
        return d;
    }

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

    /**
     * A ready SSH layer for the cluster: its ssh_config (alias {@link #ALIAS}), its known_hosts, the strict host-key
     * policy and no prompts. Close it after use.
     */
    public static SshHosts hosts() {
        return new SshHosts(SshConfig.load(sshConfig()), Prompter.none(),
                SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT));
    }

    /** The repository's root folder (samples, scripts). */
    public static Path repo() {
        return Path.of(System.getProperty("sac.repo.dir", ".")).toAbsolutePath().normalize();
    }
}
