package io.scitex.console.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The installed launcher's JVM options (packaging/jpackage/java-options, read by packaging/jpackage/options-for), so
 * that a bench starts the JVM users run: {@code cli} for a verb, {@code window} for the window.
 */
final class ProductJvm {
    private ProductJvm() {}

    static List<String> options(String which) throws Exception {
        Process p = new ProcessBuilder("packaging/jpackage/options-for", which)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || out.isEmpty()) {
            throw new IllegalStateException("packaging/jpackage/options-for " + which + " failed (exit "
                    + p.exitValue() + ")");
        }
        return Arrays.asList(out.split("\\s+"));
    }
}
