package io.scitex.console.cli;

import java.util.List;

/** A pane capture as printed: without the empty screen rows below the last output, at most the lines asked for. */
final class PaneText {
    private PaneText() {}

    static List<String> tail(List<String> pane, int lines) {
        int end = pane.size();
        while (end > 0 && pane.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(pane.subList(Math.max(0, end - lines), end));
    }
}
