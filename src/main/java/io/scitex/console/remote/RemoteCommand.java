package io.scitex.console.remote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A command to run on a host, always as {@code bash -lc '<script>'} so login-shell set-up (module, PATH) applies.
 * Build it from an argument list ({@link #of}) or, for several steps, from a script whose variable parts were
 * quoted with {@link ShellQuote} ({@link #script}).
 *
 * @param script the bash script text
 * @param stdin bytes fed to the command's standard input (empty for none)
 * @param timeout how long the command may take before it is cancelled
 */
public record RemoteCommand(String script, byte[] stdin, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RemoteCommand {
        Objects.requireNonNull(script, "script");
        stdin = stdin == null ? new byte[0] : stdin.clone();
        Objects.requireNonNull(timeout, "timeout");
    }

    public static RemoteCommand of(List<String> argv) {
        return new RemoteCommand(ShellQuote.join(argv), new byte[0], DEFAULT_TIMEOUT);
    }

    public static RemoteCommand of(String... argv) {
        return of(List.of(argv));
    }

    public static RemoteCommand script(String script) {
        return new RemoteCommand(script, new byte[0], DEFAULT_TIMEOUT);
    }

    public RemoteCommand withTimeout(Duration t) {
        return new RemoteCommand(script, stdin, t);
    }

    public RemoteCommand withStdin(String text) {
        return new RemoteCommand(script, text.getBytes(StandardCharsets.UTF_8), timeout);
    }

    /** The exact command line sent to sshd. */
    public String toShellLine() {
        return "bash -lc " + ShellQuote.quote(script);
    }
}
