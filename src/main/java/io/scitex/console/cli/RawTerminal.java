package io.scitex.console.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/** The local terminal in raw mode until closed; also put back on JVM shutdown (kill, hang-up, Ctrl-\). */
final class RawTerminal implements AutoCloseable {
    private final String saved;
    private final AtomicBoolean restored = new AtomicBoolean();
    private final Thread hook;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.hook = new Thread(this::restore, "sac-restore-tty");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Saves the terminal's settings and switches it to raw mode; empty when there is no terminal to switch. */
    static java.util.Optional<RawTerminal> enter() {
        java.util.Optional<String> saved = Stty.save();
        if (saved.isEmpty()) {
            return java.util.Optional.empty();
        }
        RawTerminal raw = new RawTerminal(saved.get());
        if (!Stty.raw()) {
            raw.close();
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(raw);
    }

    private void restore() {
        if (restored.compareAndSet(false, true)) {
            Stty.restore(saved);
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook has run or will run restore(), which is idempotent
        }
    }
}
