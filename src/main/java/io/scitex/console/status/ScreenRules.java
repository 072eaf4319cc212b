package io.scitex.console.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Claude Code's screen (version 2.1.328, captured in src/test/resources/claude-screens) says, for what the
 * hooks miss: a dialog answered or cancelled in the terminal, an Esc interrupt, agents started without the hooks
 * (docs/decisions/0800). Any other program's pane counts as waiting when it ends in a shell-like prompt.
 */
final class ScreenRules {
    private static final Pattern RULE = Pattern.compile("\\s*─{20,}\\s*");
    private static final Pattern DASHED = Pattern.compile("\\s*╌{20,}\\s*");
    private static final List<String> ERRORS = List.of("api error", "invalid api key", "usage limit", "rate limit",
            "/login", "credit balance");
    private static final int FOOTER_LINES = 3;

    /** One reading; {@code state} is UNKNOWN when nothing matched. */
    record Read(AgentState state, String detail) {}

    private ScreenRules() {}

    static Read read(List<String> pane) {
        List<String> ls = trimmed(pane);
        List<String> footer = ls.subList(Math.max(0, ls.size() - FOOTER_LINES), ls.size());
        if (footer.stream().anyMatch(l -> l.contains("esc to interrupt") || l.contains("ctrl+c to interrupt"))) {
            return new Read(AgentState.WORKING, "");
        }
        int ask = lastIndex(ls, l -> l.contains("Do you want to "), 20);
        if (ask >= 0 && footer.stream().anyMatch(l -> l.contains("Esc to cancel"))) {
            return new Read(AgentState.NEEDS_PERMISSION, permission(ls, ask));
        }
        int autoMode = lastIndex(ls, l -> l.contains("Auto mode can't check"), 20);
        if (autoMode >= 0) {
            return new Read(AgentState.NEEDS_PERMISSION, ls.get(autoMode).strip());
        }
        int trust = lastIndex(ls, l -> l.contains("trust the files in this folder"), 30);
        if (trust >= 0) {
            return new Read(AgentState.QUESTION, ls.get(trust).strip());
        }
        if (footer.stream().anyMatch(l -> l.contains("Enter to select"))) {
            int box = lastIndex(ls, l -> l.strip().startsWith("☐"), 30);
            int q = box + 1;
            while (box >= 0 && q < ls.size() && ls.get(q).isBlank()) {
                q++;
            }
            return new Read(AgentState.QUESTION, box >= 0 && q < ls.size() ? ls.get(q).strip() : "");
        }
        int input = idlePrompt(ls);
        if (input >= 0) {
            String error = error(ls, input);
            return error.isEmpty() ? new Read(AgentState.WAITING, "") : new Read(AgentState.ERROR, error);
        }
        if (PaneActivity.endsInPrompt(ls)) {
            return new Read(AgentState.WAITING, "");
        }
        return new Read(AgentState.UNKNOWN, "");
    }

    /** The index of the rule above the empty input line, when the last lines are rule, {@code ❯ ...}, rule, footer. */
    private static int idlePrompt(List<String> ls) {
        int n = ls.size();
        for (int i = n - 1; i >= Math.max(2, n - 5); i--) {
            if (RULE.matcher(ls.get(i)).matches() && ls.get(i - 1).stripLeading().startsWith("❯")
                    && RULE.matcher(ls.get(i - 2)).matches()) {
                return i - 2;
            }
        }
        return -1;
    }

    /** An error line of the last turn (between the last prompt echo and the input box), with its continuation. */
    private static String error(List<String> ls, int rule) {
        int from = rule - 1;
        while (from >= 0 && !ls.get(from).startsWith("❯ ")) {
            from--;
        }
        for (int i = Math.max(0, from + 1); i < rule; i++) {
            String l = ls.get(i).toLowerCase(Locale.ROOT);
            if (ERRORS.stream().anyMatch(l::contains)) {
                StringBuilder text = new StringBuilder(strip(ls.get(i)));
                for (int j = i + 1; j < rule && ls.get(j).startsWith("  ") && !ls.get(j).isBlank()
                        && !ls.get(j).stripLeading().startsWith("⎿"); j++) {
                    text.append(' ').append(ls.get(j).strip());
                }
                return text.toString();
            }
        }
        return "";
    }

    /** "Bash: ls /tmp" from a permission box: its title's tool and the command between the dashed rules. */
    private static String permission(List<String> ls, int ask) {
        int top = ask;
        while (top > 0 && !RULE.matcher(ls.get(top)).matches()) {
            top--;
        }
        String title = top + 1 < ls.size() ? ls.get(top + 1).strip() : "";
        String tool = title.endsWith(" command") ? title.substring(0, title.length() - " command".length()) : title;
        List<String> body = new ArrayList<>();
        boolean in = false;
        for (int i = top + 1; i < ask; i++) {
            if (DASHED.matcher(ls.get(i)).matches()) {
                if (in) {
                    break;
                }
                in = true;
            } else if (in) {
                body.add(ls.get(i).strip());
            }
        }
        String what = body.isEmpty() ? ls.get(ask).strip() : String.join("\n", body);
        return tool.isEmpty() ? what : tool + ": " + what;
    }

    private static String strip(String line) {
        String s = line.strip();
        for (String mark : List.of("●", "⎿")) {
            if (s.startsWith(mark)) {
                s = s.substring(mark.length()).strip();
            }
        }
        return s;
    }

    private static int lastIndex(List<String> ls, java.util.function.Predicate<String> p, int within) {
        for (int i = ls.size() - 1; i >= Math.max(0, ls.size() - within); i--) {
            if (p.test(ls.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> trimmed(List<String> pane) {
        int n = pane.size();
        while (n > 0 && pane.get(n - 1).isBlank()) {
            n--;
        }
        // Claude Code pads some marks with no-break spaces, which String.strip keeps
        return pane.subList(0, n).stream().map(l -> l.replace('\u00a0', ' ')).toList();
    }
}
