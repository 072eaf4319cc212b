package io.scitex.console.ui.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Everything the console has seen of one agent's output, bounded: each refresh brings the pane's last lines, and
 * only the lines past the overlap with what is already held are appended. Pure logic, no JavaFX.
 */
public final class LogHistory {
    public static final String GAP_MARK = "··· (more lines went by than the console saw) ···";

    private final int cap;
    private final Deque<String> lines = new ArrayDeque<>();
    private List<String> lastTail = List.of();

    public LogHistory(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.cap = cap;
    }

    /** Merges a fresh tail; returns the lines that were appended (empty when nothing was new). */
    public List<String> merge(List<String> tail) {
        List<String> trimmed = trimTrailingBlank(tail);
        if (trimmed.equals(lastTail)) {
            return List.of();
        }
        int overlap = overlap(lastTail, trimmed);
        List<String> added = new ArrayList<>();
        if (overlap == 0 && !lastTail.isEmpty()) {
            added.add(GAP_MARK);
        }
        added.addAll(trimmed.subList(overlap, trimmed.size()));
        lastTail = List.copyOf(trimmed);
        for (String l : added) {
            lines.addLast(l);
        }
        while (lines.size() > cap) {
            lines.removeFirst();
        }
        return added;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public int size() {
        return lines.size();
    }

    /** The longest k such that the last k lines of {@code before} are the first k lines of {@code after}. */
    static int overlap(List<String> before, List<String> after) {
        for (int k = Math.min(before.size(), after.size()); k > 0; k--) {
            if (before.subList(before.size() - k, before.size()).equals(after.subList(0, k))) {
                return k;
            }
        }
        return 0;
    }

    private static List<String> trimTrailingBlank(List<String> tail) {
        int end = tail.size();
        while (end > 0 && tail.get(end - 1).isBlank()) {
            end--;
        }
        return tail.subList(0, end);
    }
}
