package io.scitex.console.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local terminal through {@code stty ... < /dev/tty}: its size and raw mode. See
 * docs/decisions/0600-attach-over-stty.md for why not a terminal library.
 */
final class Stty {
    private static final File TTY = new File("/dev/tty");

    private Stty() {}

    /** Columns and rows of a terminal. */
    record Size(int cols, int rows) {}

    /** The controlling terminal's size, if there is one that answers. */
    static Optional<Size> size() {
        return run("size").flatMap(Stty::parseSize);
    }

    static Optional<Size> parseSize(String sttySize) {
        String[] rowsCols = sttySize.strip().split("\\s+");
        try {
            if (rowsCols.length == 2) {
                int rows = Integer.parseInt(rowsCols[0]);
                int cols = Integer.parseInt(rowsCols[1]);
                if (rows > 0 && cols > 0) {
                    return Optional.of(new Size(cols, rows));
                }
            }
        } catch (NumberFormatException e) {
            // not a size: fall through
        }
        return Optional.empty();
    }

    /** The current settings in {@code stty -g} form, to put back later. */
    static Optional<String> save() {
        return run("-g").map(String::strip);
    }

    /** Raw input, no echo: every key goes to the remote side as typed (Ctrl-C included). */
    static boolean raw() {
        return run("raw", "-echo").isPresent();
    }

    static boolean restore(String saved) {
        return run(saved).isPresent();
    }

    private static Optional<String> run(String... args) {
        if (!TTY.canRead()) {
            return Optional.empty();
        }
        List<String> argv = new ArrayList<>(List.of("stty"));
        argv.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(argv).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
