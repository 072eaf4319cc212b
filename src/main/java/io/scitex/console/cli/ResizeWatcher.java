package io.scitex.console.cli;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells the remote terminal when the local one changes size: on SIGWINCH where the JVM lets us catch it
 * ({@code sun.misc.Signal}, module jdk.unsupported), else by looking once a second.
 */
final class ResizeWatcher implements AutoCloseable {
    private final Supplier<Optional<Stty.Size>> size;
    private final Consumer<Stty.Size> resize;
    private final AtomicReference<Stty.Size> last;
    private ScheduledExecutorService poller;
    private Object previousHandler;

    ResizeWatcher(Stty.Size initial, Supplier<Optional<Stty.Size>> size, Consumer<Stty.Size> resize) {
        this.size = size;
        this.resize = resize;
        this.last = new AtomicReference<>(initial);
    }

    /** Starts watching; returns how ("SIGWINCH" or "polling"). */
    String start() {
        try {
            previousHandler = sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), sig -> check());
            return "SIGWINCH";
        } catch (IllegalArgumentException | LinkageError e) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sac-attach-resize");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
            return "polling";
        }
    }

    void check() {
        size.get().ifPresent(now -> {
            if (!now.equals(last.getAndSet(now))) {
                resize.accept(now);
            }
        });
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        if (previousHandler instanceof sun.misc.SignalHandler h) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), h);
            } catch (IllegalArgumentException e) {
                // cannot happen: the same signal was handled a moment ago
            }
        }
    }
}
