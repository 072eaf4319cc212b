package io.scitex.console.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a pane says about its agent: BUSY when it changed since the previous refresh, WAITING when it is unchanged
 * and ends in a prompt, STALLED when unchanged without a prompt for the configured time, IDLE otherwise.
 */
public final class PaneActivity {
    /** A prompt ending a line: {@code > }, {@code >>> }, {@code ~$ }, {@code /# }, {@code % }, {@code ❯ }. */
    private static final Pattern PROMPT = Pattern.compile(
            "(?:^|.*[\\s:~/\\]\\)@\\w])\\$|(?:^|.*[\\s:~/\\]\\)])#|(?:^|.*\\s)(?:>+|[%❯›])");
    /** Claude Code's empty input box: {@code │ >        │}. */
    private static final Pattern INPUT_BOX = Pattern.compile("\\s*[│|]\\s*[>❯›]\\s*[│|]\\s*");
    private static final int BOX_LINES = 6;

    private PaneActivity() {}

    /**
     * @param tail the pane's last lines, oldest first
     * @param changedNow whether the text differs from the previous refresh's
     * @param unchangedSince when the text last changed (or was first seen)
     */
    public static Activity classify(List<String> tail, boolean changedNow, Instant unchangedSince, Instant now,
            Duration stalledAfter) {
        if (changedNow) {
            return Activity.BUSY;
        }
        if (endsInPrompt(tail)) {
            return Activity.WAITING;
        }
        return Duration.between(unchangedSince, now).compareTo(stalledAfter) >= 0 ? Activity.STALLED : Activity.IDLE;
    }

    /** The last non-blank line is a prompt, or one of the last few lines is an empty input box. */
    public static boolean endsInPrompt(List<String> tail) {
        int seen = 0;
        for (int i = tail.size() - 1; i >= 0 && seen < BOX_LINES; i--) {
            String line = tail.get(i).stripTrailing();
            if (line.isEmpty()) {
                continue;
            }
            if (seen == 0 && PROMPT.matcher(line).matches()) {
                return true;
            }
            if (INPUT_BOX.matcher(line).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
