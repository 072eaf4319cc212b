package io.scitex.console.bench;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The longest gap between two FX pulses since the last {@link #reset}, measured by an AnimationTimer (benches). */
final class PulseGaps {
    private final AtomicLong last = new AtomicLong(System.nanoTime());
    private final AtomicLong longest = new AtomicLong();
    private volatile long since = System.nanoTime();
    private volatile long longestEnd;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            long gap = t - last.getAndSet(t);
            if (gap > longest.get()) {
                longest.set(gap);
                longestEnd = t;
            }
        }
    };

    /** Starts measuring (any thread); waits 200 ms for the first pulses, then forgets them. */
    static PulseGaps start() throws InterruptedException {
        PulseGaps g = new PulseGaps();
        Platform.runLater(g.timer::start);
        Thread.sleep(200);
        g.reset();
        return g;
    }

    /** Forgets the gaps so far; a gap open now counts from here. Returns the longest gap forgotten, in ms. */
    long reset() {
        long t = System.nanoTime();
        long forgotten = Math.max(longest.getAndSet(0), t - last.getAndSet(t)) / 1_000_000;
        since = t;
        return forgotten;
    }

    /** When the longest gap ended, in ms after the last reset. */
    long longestEndMs() {
        return (longestEnd - since) / 1_000_000;
    }

    long longestMs() {
        return longest.get() / 1_000_000;
    }

    void stop() {
        Platform.runLater(timer::stop);
    }
}
