package io.scitex.console.bench;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The longest gap between two FX pulses since the last {@link #reset}, measured by an AnimationTimer (benches). */
final class PulseGaps {
    private final AtomicLong last = new AtomicLong(System.nanoTime());
    private final AtomicLong longest = new AtomicLong();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long t = System.nanoTime();
            longest.accumulateAndGet(t - last.getAndSet(t), Math::max);
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

    void reset() {
        longest.set(0);
    }

    long longestMs() {
        return longest.get() / 1_000_000;
    }

    void stop() {
        Platform.runLater(timer::stop);
    }
}
