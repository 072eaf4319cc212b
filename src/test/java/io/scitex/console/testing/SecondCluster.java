package io.scitex.console.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The second local cluster's sshd ({@code sac-test2}, started by scripts/cluster/up2), which tests may stop and bring
 * back, as a cluster's login node going down does. Only that sshd: the first cluster's (port 2222) is shared.
 */
public final class SecondCluster {
    private SecondCluster() {}

    /** Stops the second cluster's sshd and every session it forked, by its pid file. */
    public static void stopSshd() throws Exception {
        Path pidFile = TestCluster.dir2().resolve("sshd.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(
                "the second cluster's sshd (pid " + pid + " in " + pidFile + ") does not run"));
        // sshd rewrites its process title; /proc/<pid>/cmdline shows its config file
        String cmd = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
        if (!cmd.contains(TestCluster.dir2().resolve("sshd_config").toString())) {
            throw new IllegalStateException("pid " + pid + " is not the second cluster's sshd: " + cmd);
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.onExit().get(10, TimeUnit.SECONDS);
    }

    /** Brings the second cluster's sshd back (scripts/cluster/up2, which starts only what does not run). */
    public static void startSshd() throws Exception {
        Process up = new ProcessBuilder(TestCluster.repo().resolve("scripts/cluster/up2").toString())
                .redirectErrorStream(true).start();
        up.getOutputStream().close();
        String out = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!up.waitFor(120, TimeUnit.SECONDS) || up.exitValue() != 0) {
            throw new IOException("scripts/cluster/up2 failed: " + out);
        }
    }
}
