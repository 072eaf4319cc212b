package io.scitex.console.testing;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link RemoteCommand} on this machine exactly as sshd would run it on the cluster host
 * ({@code bash -c '<toShellLine()>'}), for script-level tests that come before the SSH layer. The cluster is local.
 */
public final class LocalCluster {
    private LocalCluster() {}

    public static ExecResult run(RemoteCommand cmd) {
        return run(cmd, Path.of(System.getProperty("user.home")));
    }

    /** Runs in {@code cwd}, as sshd runs commands in the login's home (where sbatch puts slurm-<id>.out). */
    public static ExecResult run(RemoteCommand cmd, Path cwd) {
        TestCluster.dir();
        long t0 = System.nanoTime();
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of("/bin/bash", "-c", cmd.toShellLine())).directory(
                    cwd.toFile());
            pb.environment().put("HOME", loginHome().toString());
            Process p = pb.start();
            p.getOutputStream().write(cmd.stdin());
            p.getOutputStream().close();
            var err = new java.io.ByteArrayOutputStream();
            Thread errReader = new Thread(() -> {
                try {
                    p.getErrorStream().transferTo(err);
                } catch (IOException ignored) {
                    // the process is gone; what was read is kept
                }
            });
            errReader.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(cmd.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + cmd.timeout() + ": " + cmd.toShellLine());
            }
            errReader.join();
            return new ExecResult("localhost", cmd.toShellLine(), p.exitValue(),
                    new String(out, StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - t0));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The home the login shell runs with: a stock, empty one, as a cluster account has. Root's own login profile on
     * this machine image runs {@code pyenv init}, which waits 60 s on a lock that a login shell killed mid-start
     * leaves behind (tests kill commands on purpose).
     */
    private static Path loginHome() throws IOException {
        return java.nio.file.Files.createDirectories(TestCluster.dir().resolve("local-login-home"));
    }

    public static ExecResult run(String... argv) {
        return run(RemoteCommand.of(argv));
    }
}
