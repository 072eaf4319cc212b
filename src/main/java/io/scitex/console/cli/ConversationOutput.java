package io.scitex.console.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.Entry;
import io.scitex.console.status.conversation.Prices;
import io.scitex.console.status.conversation.Turn;
import io.scitex.console.status.conversation.Usage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code show-logs --conversation}: the conversation as text (results shortened) or as one JSON document. */
final class ConversationOutput {
    static final int RESULT_LINES = 6;
    static final int LINE_CHARS = 200;

    private ConversationOutput() {}

    static void text(String agent, Conversation c, PrintWriter out) {
        out.println("Conversation of " + agent + " — " + c.file() + " (session " + c.sessionId() + ")");
        List<Usage> running = c.runningTotals();
        for (int i = 0; i < c.turns().size(); i++) {
            Turn t = c.turns().get(i);
            header(t, out);
            t.entries().forEach(e -> entry(e, out));
            tokens(t, running.get(i), out);
        }
        out.println();
        out.println("Total: " + c.total().describe() + " · estimated cost " + Prices.format(c.cost())
                + " (estimate from list prices per million tokens, not a bill)");
    }

    static void header(Turn t, PrintWriter out) {
        out.println();
        out.println("── Turn " + t.number() + " " + "─".repeat(40));
    }

    static void tokens(Turn t, Usage running, PrintWriter out) {
        out.println("   tokens: " + t.usage().describe() + " · ~" + Prices.format(t.cost()) + "   (running: "
                + running.describe() + ")");
    }

    static void entry(Entry e, PrintWriter out) {
        switch (e.kind()) {
            case PROMPT -> indent("> ", e.text(), Integer.MAX_VALUE, out);
            case ANSWER -> indent("", e.text(), Integer.MAX_VALUE, out);
            case TOOL_CALL -> {
                if (!e.tool().equals("Bash")) {
                    out.println("[" + e.tool() + "]" + (e.text().isEmpty() ? "" : " " + e.text()));
                }
                indent(e.tool().equals("Bash") ? "" : "  ", e.input(), RESULT_LINES, out);
            }
            case TOOL_RESULT -> indent(e.error() ? "  ! " : "  ", e.text(), RESULT_LINES, out);
            case ERROR, INTERRUPT -> indent("! ", e.text(), Integer.MAX_VALUE, out);
            default -> { }
        }
    }

    /** Lines of {@code text}, each cut at {@link #LINE_CHARS}, at most {@code max} of them, then a count. */
    private static void indent(String prefix, String text, int max, PrintWriter out) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < Math.min(max, lines.size()); i++) {
            String l = lines.get(i);
            out.println(prefix + (l.length() > LINE_CHARS ? l.substring(0, LINE_CHARS) + "…" : l));
        }
        if (lines.size() > max) {
            out.println(prefix + "… (" + (lines.size() - max) + " more lines)");
        }
    }

    static ObjectNode json(String agent, String host, Conversation c) {
        ObjectNode root = Json.object().put("agent", agent).put("host", host).put("file", c.file())
                .put("session_id", c.sessionId());
        ArrayNode turns = root.putArray("turns");
        List<Usage> running = c.runningTotals();
        for (int i = 0; i < c.turns().size(); i++) {
            Turn t = c.turns().get(i);
            ObjectNode o = turns.addObject().put("number", t.number()).put("prompt", t.prompt())
                    .put("model", t.model());
            o.set("usage", usage(t.usage()));
            o.put("cost_usd_estimate", round(t.cost()));
            o.set("running_total", usage(running.get(i)));
            ArrayNode entries = o.putArray("entries");
            t.entries().forEach(e -> entries.addObject().put("kind", e.kind().name().toLowerCase(Locale.ROOT))
                    .put("text", e.text()).put("tool", e.tool()).put("input", e.input())
                    .put("tool_use_id", e.toolId()).put("error", e.error())
                    .put("timestamp", e.at() == null ? "" : e.at().toString()));
        }
        root.set("total", usage(c.total()));
        root.put("cost_usd_estimate", round(c.cost()));
        return root;
    }

    private static ObjectNode usage(Usage u) {
        return Json.object().put("input_tokens", u.input()).put("output_tokens", u.output())
                .put("cache_read_input_tokens", u.cacheRead()).put("cache_creation_input_tokens", u.cacheCreation());
    }

    private static double round(double dollars) {
        return Math.round(dollars * 1e8) / 1e8;
    }
}
