package io.scitex.console.remote;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What one remote command returned. */
public record ExecResult(String host, String command, int exitStatus, String stdout, String stderr, Duration elapsed) {

    public boolean ok() {
        return exitStatus == 0;
    }

    public List<String> stdoutLines() {
        return stdout.isEmpty() ? List.of() : Arrays.asList(stdout.split("\r?\n", -1)).stream()
                .filter(l -> !l.isEmpty()).toList();
    }
}
