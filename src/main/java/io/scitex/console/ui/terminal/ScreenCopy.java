package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.StyledTextConsumer;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.model.CharBuffer;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible rows of a terminal's text buffer as runs of same-style text, copied through the buffer's public API
 * ({@code processHistoryAndScreenLines}) while its lock is held, so drawing happens after the lock is given back.
 * A row compares equal to another with the same runs, which lets a painter skip rows that did not change.
 */
final class ScreenCopy {
    /** A run of cells from {@code column} with one style; {@code blank} runs have no text to draw, only background. */
    record Run(int column, String text, TextStyle style, boolean blank) { }

    private ScreenCopy() {}

    /**
     * Copies {@code rows} rows starting at {@code origin} (0 is the top of the screen, negative values are history
     * lines, as JediTermFX's scroll origin). Takes and gives back the buffer's lock.
     */
    static List<List<Run>> copy(TerminalTextBuffer buffer, int origin, int rows) {
        List<List<Run>> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            out.add(new ArrayList<>(4));
        }
        buffer.lock();
        try {
            buffer.processHistoryAndScreenLines(origin, rows, new StyledTextConsumer() {
                @Override
                public void consume(int x, int y, TextStyle style, CharBuffer chars, int startRow) {
                    add(out, y - startRow, new Run(x, chars.toString(), style, false));
                }

                @Override
                public void consumeNul(int x, int y, int nulIndex, TextStyle style, CharBuffer chars, int startRow) {
                    add(out, y - startRow, new Run(x, " ".repeat(chars.length()), style, true));
                }

                @Override
                public void consumeQueue(int x, int y, int nulIndex, int startRow) {
                    // the rest of the row is empty in the default style: the row's background covers it
                }
            });
        } finally {
            buffer.unlock();
        }
        return out;
    }

    private static void add(List<List<Run>> rows, int row, Run run) {
        if (row >= 0 && row < rows.size() && !run.text().isEmpty()) {
            rows.get(row).add(run);
        }
    }
}
