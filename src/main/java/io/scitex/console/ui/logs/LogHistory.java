package io.scitex.console.ui.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the console has seen of one agent's output, bounded: each refresh brings the pane's last lines, and
 * only the lines past the overlap with what is already held are appended. Pure logic, no JavaFX.
 */
public final class LogHistory {
    public static final String GAP_MARK = "··· (more lines went by than the console saw) ···";

    private final int cap;
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private List<String> lastTail = List.of();

    public LogHistory(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.cap = cap;
    }

    /** What one merge changed: the new text of the last kept line (null if it did not change), then new lines. */
    public record Change(String replacedLast, List<String> added) {
        public boolean isEmpty() {
            return replacedLast == null && added.isEmpty();
        }
    }

    /**
     * Merges a fresh tail. The tail lines up with what is held when it starts with the held tail's lines (after
     * some scrolled off); the last held line may have changed in place, as a prompt does while someone types.
     */
    public Change merge(List<String> tail) {
        List<String> fresh = trimTrailingBlank(tail);
        if (fresh.equals(lastTail)) {
            return new Change(null, List.of());
        }
        String replaced = null;
        List<String> added = new ArrayList<>();
        int n = aligned(lastTail, fresh);
        if (n < 0) {
            if (!lastTail.isEmpty()) {
                added.add(GAP_MARK);
            }
            added.addAll(fresh);
        } else {
            if (n > 0 && !lastTail.get(lastTail.size() - 1).equals(fresh.get(n - 1))) {
                replaced = fresh.get(n - 1);
                lines.removeLast();
                lines.addLast(replaced);
            }
            added.addAll(fresh.subList(n, fresh.size()));
        }
        lastTail = List.copyOf(fresh);
        for (String l : added) {
            lines.addLast(l);
        }
        while (lines.size() > cap) {
            lines.removeFirst();
        }
        return new Change(replaced, added);
    }

    /**
     * How many lines of {@code after} stand for the end of {@code before} (the least scrolled alignment), or -1
     * when they do not line up. All but the last overlapping line must be equal; the last may differ only when at
     * least one line before it matched.
     */
    static int aligned(List<String> before, List<String> after) {
        if (before.isEmpty()) {
            return 0;
        }
        for (int s = 0; s < before.size(); s++) {
            int n = before.size() - s;
            if (n > after.size()) {
                continue;
            }
            if (!before.subList(s, before.size() - 1).equals(after.subList(0, n - 1))) {
                continue;
            }
            if (n >= 2 || before.get(before.size() - 1).equals(after.get(0))) {
                return n;
            }
        }
        return -1;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public int size() {
        return lines.size();
    }

    private static List<String> trimTrailingBlank(List<String> tail) {
        int end = tail.size();
        while (end > 0 && tail.get(end - 1).isBlank()) {
            end--;
        }
        return tail.subList(0, end);
    }
}
