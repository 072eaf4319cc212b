package io.scitex.console.ui.logs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The log view's lines (docs/decisions/0510): bounded (oldest lines dropped past the cap), fed from the stream's
 * thread through {@link #offer} and applied on the FX thread once per pulse by {@link #drain} in ONE change, so a
 * burst of any size costs one list change per frame. The visible list is the filtered one; search and error jumps
 * work on it and return indices into it.
 */
public final class OutputLogModel {
    public static final int DEFAULT_CAP = 100_000;
    private static final Pattern ERROR = Pattern.compile(
            "(?i)\\b(error|errors|exception|fatal|failed|failure|traceback|panic)\\b");

    private int cap;
    private final ConcurrentLinkedQueue<List<String>> pending = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger pendingLines = new java.util.concurrent.atomic.AtomicInteger();
    private final ArrayList<String> backlog = new ArrayList<>();
    private final LogLines all = new LogLines();
    private LogLines matching = new LogLines();
    private final ReadOnlyObjectWrapper<ObservableList<String>> visible = new ReadOnlyObjectWrapper<>(all);
    private String needle = "";
    private long received;
    private long dropped;

    public OutputLogModel(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("log view cap must be at least 1 line, got " + cap);
        }
        this.cap = cap;
    }

    private volatile Runnable onOffer = () -> { };

    /** Lines as they arrive, from any thread. */
    public void offer(List<String> lines) {
        if (!lines.isEmpty()) {
            pendingLines.addAndGet(lines.size());
            pending.add(lines);
            onOffer.run();
        }
    }

    /**
     * On the offering thread, before an offer: waits while more than {@code room} lines wait for the FX thread, at
     * most {@code patience}. A stream that outruns the pane then yields the CPU to the FX thread instead of queueing
     * lines that the cap would drop, so a burst keeps its pulses short and the queue stays bounded; a pane whose FX
     * thread does not drain (not shown, or stalled) costs each offer at most the patience. Returns whether room came.
     */
    public boolean awaitRoom(int room, java.time.Duration patience) {
        long end = System.nanoTime() + patience.toNanos();
        while (pendingLines.get() > room) {
            if (System.nanoTime() - end >= 0) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }

    /** Told (on the offering thread) after each {@link #offer} of lines: a sleeping drain wakes up. */
    public void setOnOffer(Runnable r) {
        onOffer = r == null ? () -> { } : r;
    }

    /** On the FX thread, once per pulse: appends what arrived since the last call; returns how many lines. */
    public int drain() {
        return drain(Integer.MAX_VALUE);
    }

    /**
     * {@link #drain()} of at most {@code max} lines (the rest waits for the next pulse, so one pulse stays short);
     * a backlog longer than the cap first drops what would fall off the front anyway.
     */
    public int drain(int max) {
        while (backlog.size() < max) {
            List<String> l = pending.poll();
            if (l == null) {
                break;
            }
            pendingLines.addAndGet(-l.size());
            backlog.addAll(l);
        }
        if (backlog.isEmpty()) {
            return 0;
        }
        if (backlog.size() > cap) {
            int skip = backlog.size() - cap;
            received += skip;
            dropped += skip;
            backlog.subList(0, skip).clear();
        }
        List<String> batch = backlog.subList(0, Math.min(max, backlog.size()));
        int n = batch.size();
        received += n;
        append(all.size() + n - cap, batch);
        batch.clear();
        return n;
    }

    /** Lines offered and not yet in the view. */
    public boolean hasPending() {
        return !backlog.isEmpty() || !pending.isEmpty();
    }

    /** Every line kept (at most the cap). */
    public ObservableList<String> all() {
        return all;
    }

    /**
     * The lines shown: all, or those matching the filter. The filter's lines are a plain list kept in step by each
     * drain rather than a FilteredList: on a list of 100,000 lines its bookkeeping made every pulse's append several
     * times slower (bench/run logview), and a list cell still listening to the full list read the FilteredList
     * before it had seen a change (an index out of bounds when the full list was cleared).
     */
    public ObservableList<String> visible() {
        return visible.get();
    }

    /** Changes when the filter is set or cleared: a view shows the new list. */
    public ReadOnlyObjectProperty<ObservableList<String>> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public int cap() {
        return cap;
    }

    /** Changes the cap (the console's {@code log_view_lines} setting); lines past it fall off the front now. */
    public void setCap(int lines) {
        if (lines < 1) {
            throw new IllegalArgumentException("log view cap must be at least 1 line, got " + lines);
        }
        cap = lines;
        append(all.size() - cap, List.of());
    }

    /** Drops the {@code over} oldest lines and appends {@code batch}; the filter's list follows (one change each). */
    private void append(int over, List<String> batch) {
        int drop = Math.max(0, over);
        if (!needle.isEmpty()) {
            int shown = (int) all.subList(0, drop).stream().filter(l -> contains(l, needle)).count();
            matching.append(shown, batch.stream().filter(l -> contains(l, needle)).toList());
        }
        all.append(drop, batch);
        dropped += drop;
    }

    /** Lines received in total, and how many of them fell off the front. */
    public long received() {
        return received;
    }

    public long dropped() {
        return dropped;
    }

    /** Shows only lines containing {@code needle} (case-insensitive); empty shows all. */
    public void filter(String text) {
        needle = text == null ? "" : text;
        matching = new LogLines();
        if (!needle.isEmpty()) {
            matching.append(0, all.stream().filter(l -> contains(l, needle)).toList());
        }
        visible.set(needle.isEmpty() ? all : matching);
    }

    /** Forgets every line and the counts (another agent is shown). */
    public void clear() {
        pending.clear();
        pendingLines.set(0);
        backlog.clear();
        matching.clear();
        all.clear();
        received = 0;
        dropped = 0;
    }

    /** Index in {@link #visible} of the next line after (or before) {@code from} containing {@code needle}, wrapping. */
    public int find(String needle, int from, boolean forward) {
        if (needle == null || needle.isEmpty()) {
            return -1;
        }
        return next(l -> contains(l, needle), from, forward);
    }

    /** Index in {@link #visible} of the next line after (or before) {@code from} that reports an error, wrapping. */
    public int nextError(int from, boolean forward) {
        return next(OutputLogModel::isError, from, forward);
    }

    public static boolean isError(String line) {
        return ERROR.matcher(line).find();
    }

    public static boolean contains(String line, String needle) {
        return line.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    /** Writes the visible lines, or every line kept. */
    public void save(Path file, boolean visibleOnly) throws IOException {
        Files.write(file, List.copyOf(visibleOnly ? visible() : all), StandardCharsets.UTF_8);
    }

    private int next(java.util.function.Predicate<String> test, int from, boolean forward) {
        List<String> shown = visible();
        int n = shown.size();
        for (int i = 1; i <= n; i++) {
            int at = Math.floorMod(from + (forward ? i : -i), n);
            if (test.test(shown.get(at))) {
                return at;
            }
        }
        return -1;
    }
}
