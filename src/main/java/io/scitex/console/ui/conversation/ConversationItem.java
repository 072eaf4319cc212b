package io.scitex.console.ui.conversation;

import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.Entry;
import io.scitex.console.status.conversation.Prices;
import io.scitex.console.status.conversation.Turn;
import io.scitex.console.status.conversation.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the conversation view.
 *
 * @param kind how it is drawn
 * @param turn the turn it belongs to
 * @param title a heading (the tool and its description, "Result", "Interrupted"...) or ""
 * @param body the text (markdown for answers)
 * @param error drawn as an error
 */
public record ConversationItem(Kind kind, int turn, String title, String body, boolean error) {
    /** How a row is drawn. */
    public enum Kind { PROMPT, ANSWER, TOOL_CALL, TOOL_RESULT, ERROR, TOKENS }

    /** The rows of a conversation, in order; each turn ends with its tokens and the running total. */
    public static List<ConversationItem> of(Conversation c) {
        List<ConversationItem> out = new ArrayList<>();
        List<Usage> running = c.runningTotals();
        for (int i = 0; i < c.turns().size(); i++) {
            Turn t = c.turns().get(i);
            for (Entry e : t.entries()) {
                out.add(item(t.number(), e));
            }
            out.add(new ConversationItem(Kind.TOKENS, t.number(), "Turn " + t.number(), t.usage().describe()
                    + " · ~" + Prices.format(t.cost()) + "   |   running total: " + running.get(i).describe(), false));
        }
        return out;
    }

    private static ConversationItem item(int turn, Entry e) {
        return switch (e.kind()) {
            case PROMPT -> new ConversationItem(Kind.PROMPT, turn, "Turn " + turn, e.text(), false);
            case ANSWER -> new ConversationItem(Kind.ANSWER, turn, "", e.text(), false);
            case TOOL_CALL -> new ConversationItem(Kind.TOOL_CALL, turn, e.tool() + (e.text().isEmpty() ? ""
                    : " — " + e.text()), e.input(), false);
            case TOOL_RESULT -> new ConversationItem(Kind.TOOL_RESULT, turn, (e.error() ? "Result (error)" : "Result")
                    + (e.tool().isEmpty() ? "" : " of " + e.tool()) + ": " + firstLine(e.text()), e.text(),
                    e.error());
            case INTERRUPT -> new ConversationItem(Kind.ERROR, turn, "Interrupted", e.text(), true);
            case ERROR -> new ConversationItem(Kind.ERROR, turn, "Error", e.text(), true);
        };
    }

    private static String firstLine(String text) {
        String first = text.lines().findFirst().orElse("");
        long more = text.lines().count() - 1;
        String cut = first.length() > 80 ? first.substring(0, 80) + "…" : first;
        return more > 0 ? cut + " (+" + more + " lines)" : cut;
    }
}
