package io.scitex.console.ui.logs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list of log lines whose bulk changes are one change each and cost O(size): JavaFX's own list
 * removes a range one element at a time (each a shift of the whole array), so dropping 20,000 lines off the front of
 * 100,000 took most of a second per pulse (bench/run logview). {@link #append} drops the front and appends a batch
 * in ONE list change.
 */
final class LogLines extends ModifiableObservableListBase<String> {
    private final ArrayList<String> lines = new ArrayList<>();

    /** Drops the {@code drop} oldest lines and appends {@code batch}, as one change. */
    void append(int drop, List<String> batch) {
        beginChange();
        try {
            if (drop > 0) {
                removeFront(drop);
            }
            int at = lines.size();
            lines.addAll(batch);
            if (!batch.isEmpty()) {
                nextAdd(at, lines.size());
            }
        } finally {
            endChange();
        }
    }

    @Override
    public boolean addAll(Collection<? extends String> batch) {
        append(0, List.copyOf(batch));
        return !batch.isEmpty();
    }

    @Override
    protected void removeRange(int from, int to) {
        beginChange();
        try {
            List<String> range = lines.subList(from, to);
            nextRemove(from, new ArrayList<>(range));
            range.clear();
        } finally {
            endChange();
        }
    }

    private void removeFront(int n) {
        removeRange(0, n);
    }

    @Override
    public String get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    @Override
    protected void doAdd(int index, String line) {
        lines.add(index, line);
    }

    @Override
    protected String doSet(int index, String line) {
        return lines.set(index, line);
    }

    @Override
    protected String doRemove(int index) {
        return lines.remove(index);
    }
}
