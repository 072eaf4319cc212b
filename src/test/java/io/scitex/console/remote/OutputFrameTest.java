package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame around a command's output, run by a real local bash whose start-up and logout print look-alikes. */
class OutputFrameTest {
    private static final String NOISE = "echo 'Submitted batch job 4242'; echo '4242|x|RUNNING' >&2; printf 'no newline'";

    @TempDir
    Path home;

    record Run(int status, String out, String err) {}

    private Run run(String script, String stdin) throws Exception {
        Files.writeString(home.resolve(".profile"), NOISE + "\n");
        Files.writeString(home.resolve(".bash_logout"), NOISE + "\n");
        OutputFrame frame = OutputFrame.random();
        ProcessBuilder pb = new ProcessBuilder("bash", "-lc", frame.wrap(script));
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = read(p.getInputStream());
        int status = p.waitFor();
        return new Run(status, frame.commandOutput(out), frame.cut(err.get()));
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void keepsOnlyTheCommandsOutputOnBothStreamsAndItsStatus() throws Exception {
        Run r = run("echo 'Submitted batch job 17'; echo warn >&2; exit 3", "");
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEqualTo("Submitted batch job 17\n");
        assertThat(r.err()).isEqualTo("warn\n");
    }

    @Test
    void aLastLineWithoutNewlineAndAnEmptyOutputStayAsTheyWere() throws Exception {
        assertThat(run("printf 'a\\nb'", "").out()).isEqualTo("a\nb");
        Run empty = run("true", "");
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).isEmpty();
    }

    @Test
    void theScriptKeepsItsOwnExitTrapHeredocsAndStandardInput() throws Exception {
        Run r = run("trap 'echo trapped' EXIT\ncat <<'X'\nhere\nX\nread -r line; echo \"got $line\"; exit 0", "hello\n");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("here\ngot hello\ntrapped\n");
    }

    @Test
    void aSyntaxErrorIsReportedWithTheShellsComplaintAndNoOutput() throws Exception {
        Run r = run("if then fi (", "");
        assertThat(r.status()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("syntax error").doesNotContain("Submitted batch job", "4242|x");
    }

    @Test
    void markersAreNewForEveryCommandAndOnlyOfSafeCharacters() {
        String a = OutputFrame.random().wrap("true");
        String b = OutputFrame.random().wrap("true");
        assertThat(a).isNotEqualTo(b).containsPattern("printf '%s\\\\n' SAC-FRAME-[0-9a-f]{24};");
    }
}
