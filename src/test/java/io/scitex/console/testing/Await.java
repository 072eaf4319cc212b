package io.scitex.console.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a probe until a condition holds, for tests that wait on the cluster. */
public final class Await {
    private Await() {}

    /** The first value of {@code probe} that satisfies {@code until}; fails naming {@code what} and the last value. */
    public static <T> T until(Supplier<T> probe, Predicate<T> until, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!until.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not get there within " + timeout + "; last seen: " + last);
            }
            sleep(300);
            last = probe.get();
        }
        return last;
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
