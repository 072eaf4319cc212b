package io.scitex.console.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real /bin/bash on rendered scripts: syntax checks and small local runs (no SLURM, no tmux). */
public final class Bash {
    private Bash() {}

    /** {@code bash -n} on the script written to a temp file; fails the test with bash's message. */
    public static void assertSyntaxOk(String script) {
        try {
            Path f = Files.createTempFile("sac-syntax", ".sh");
            try {
                Files.writeString(f, script);
                Result r = run(List.of("/bin/bash", "-n", f.toString()), Map.of(), "");
                assertThat(r.exit()).as("bash -n: %s%nscript:%n%s", r.stderr(), script).isZero();
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Result run(List<String> argv, Map<String, String> env, String stdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv));
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + argv);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public record Result(int exit, String stdout, String stderr) {}
}
