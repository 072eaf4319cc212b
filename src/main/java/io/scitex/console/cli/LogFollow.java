package io.scitex.console.cli;

import java.util.List;

/**
 * What is new in a pane since the last look. Each look is the pane's last N lines, so the old look's tail reappears
 * at the head of the new one; its last line may have grown in place (a prompt being typed into), so it is not
 * required to match.
 */
final class LogFollow {
    private LogFollow() {}

    static List<String> newLines(List<String> before, List<String> now) {
        if (before.equals(now)) {
            return List.of();
        }
        List<String> settled = before.isEmpty() ? before : before.subList(0, before.size() - 1);
        for (int k = Math.min(settled.size(), now.size()); k > 0; k--) {
            if (settled.subList(settled.size() - k, settled.size()).equals(now.subList(0, k))) {
                return now.subList(k, now.size());
            }
        }
        return now;
    }
}
