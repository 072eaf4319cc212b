package io.scitex.console.remote;

import io.scitex.console.testing.TestCluster;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private sshd for tests that stop it, freeze it or change its host key: its own loopback port, config, pid file
 * and host keys in a test folder. It accepts the cluster's client key. Never touches the shared sshd on 2222.
 */
public final class TestSshd implements AutoCloseable {
    public final Path dir;
    final int port;
    private final List<String> extraConfig;
    private final List<String> hostKeyTypes;

    private TestSshd(Path dir, List<String> extraConfig, List<String> hostKeyTypes) throws Exception {
        this.dir = dir;
        this.extraConfig = extraConfig;
        this.hostKeyTypes = hostKeyTypes;
        this.port = freePort();
        Files.createDirectories(dir);
        Files.copy(TestCluster.dir().resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
        generateHostKeys();
    }

    /** An ed25519-keyed sshd with extra sshd_config lines (they win: sshd takes the first value). */
    public static TestSshd start(Path dir, String... extraConfig) throws Exception {
        return start(dir, List.of("ed25519"), extraConfig);
    }

    public static TestSshd start(Path dir, List<String> hostKeyTypes, String... extraConfig) throws Exception {
        TestSshd d = new TestSshd(dir, List.of(extraConfig), hostKeyTypes);
        d.start();
        return d;
    }

    public void start() throws Exception {
        List<String> cfg = new ArrayList<>(extraConfig);
        cfg.add("Port " + port);
        cfg.add("ListenAddress 127.0.0.1");
        for (String t : hostKeyTypes) {
            cfg.add("HostKey " + dir.resolve("host_" + t));
        }
        // its logins are root's, with a home of their own: root's real login profile on this machine image runs
        // `pyenv init`, which waits 60 s on a lock that a login shell killed mid-start (as these tests do) leaves
        // behind; a stock, empty home is what a cluster account has
        Files.createDirectories(dir.resolve("home"));
        cfg.add("SetEnv HOME=" + dir.resolve("home"));
        cfg.addAll(List.of("PidFile " + dir.resolve("sshd.pid"), "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "UsePAM no", "PermitRootLogin yes", "StrictModes no", "MaxSessions 10", "LogLevel DEBUG1"));
        Files.write(dir.resolve("sshd_config"), cfg);
        Files.deleteIfExists(dir.resolve("sshd.pid"));
        exec("/usr/sbin/sshd", "-f", dir.resolve("sshd_config").toString(), "-E", dir.resolve("sshd.log").toString());
        for (int i = 0; i < 100 && !listening(); i++) {
            Thread.sleep(50);
        }
        if (!listening()) {
            throw new IllegalStateException("test sshd did not start on " + port + ": " + log());
        }
    }

    /** Stops the listener and every connection process it forked (as a host going down does). */
    public void stop() throws Exception {
        long pid = pid();
        if (pid <= 0) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        for (int i = 0; i < 100 && (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) || listening()); i++) {
            Thread.sleep(50);
        }
        Files.deleteIfExists(dir.resolve("sshd.pid"));
    }

    /** SIGSTOP (true) or SIGCONT (false) to the connection processes: the link goes silent without closing. */
    void freezeConnections(boolean freeze) throws Exception {
        for (ProcessHandle p : ProcessHandle.of(pid()).orElseThrow().descendants().toList()) {
            exec("kill", freeze ? "-STOP" : "-CONT", Long.toString(p.pid()));
        }
    }

    /** Replaces the host keys (as a reinstalled server does); takes effect on the next start. */
    void regenerateHostKeys() throws Exception {
        for (String t : hostKeyTypes) {
            Files.deleteIfExists(dir.resolve("host_" + t));
            Files.deleteIfExists(dir.resolve("host_" + t + ".pub"));
        }
        generateHostKeys();
    }

    /** The host key's fingerprint as {@code ssh-keygen -l} prints it. */
    String fingerprint(String type) throws Exception {
        return exec("ssh-keygen", "-l", "-E", "sha256", "-f", dir.resolve("host_" + type + ".pub").toString())
                .split(" ")[1];
    }

    /** A known_hosts line for this server's key of {@code type}. */
    public String knownHostsLine(String type) throws IOException {
        String[] pub = Files.readString(dir.resolve("host_" + type + ".pub")).trim().split(" ");
        return "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1];
    }

    /** An ssh_config block for {@code alias} reaching this sshd as root with the cluster's key. */
    public String configBlock(String alias, Path knownHosts, String... extraLines) {
        StringBuilder sb = new StringBuilder("Host " + alias + "\n");
        for (String l : extraLines) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append("  HostName 127.0.0.1\n  Port ").append(port).append("\n  User root\n  IdentityFile ")
                .append(TestCluster.clientKey()).append("\n  IdentitiesOnly yes\n  UserKnownHostsFile ")
                .append(knownHosts).append("\n  StrictHostKeyChecking yes\n");
        return sb.toString();
    }

    /**
     * An ssh_config in {@code folder} (the folder holding this server's own) reaching this sshd as {@code alias},
     * logged in as the cluster's user (sacuser), its ed25519 host key pinned in a known_hosts beside it; the folder
     * and the authorized keys made readable to that user. Returns the config's path.
     */
    public Path clusterUserConfig(Path folder, String alias) throws IOException {
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("authorized_keys"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path kh = folder.resolve("known_hosts");
        Files.writeString(kh, knownHostsLine("ed25519") + "\n");
        Path cfg = folder.resolve("ssh_config");
        Files.writeString(cfg, configBlock(alias, kh, "User sacuser"));
        return cfg;
    }

    public String log() throws IOException {
        Path l = dir.resolve("sshd.log");
        return Files.exists(l) ? Files.readString(l) : "";
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private long pid() throws IOException {
        Path p = dir.resolve("sshd.pid");
        return Files.exists(p) ? Long.parseLong(Files.readString(p).trim()) : -1;
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void generateHostKeys() throws Exception {
        for (String t : hostKeyTypes) {
            exec("ssh-keygen", "-q", "-t", t, "-N", "", "-C", "test-host", "-f", dir.resolve("host_" + t).toString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static String exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
