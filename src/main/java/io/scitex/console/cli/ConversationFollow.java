package io.scitex.console.cli;

import io.scitex.console.status.conversation.Conversation;
import io.scitex.console.status.conversation.Entry;
import io.scitex.console.status.conversation.Turn;
import io.scitex.console.status.conversation.Usage;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code show-logs --conversation --follow}: prints each snapshot's new part, in the same text as without follow.
 * Entries are printed as they arrive; a turn's tokens line is printed when the turn's usage changed and it ends in an
 * answer (so the last line printed for a turn has its final figures), and when the next turn starts. A new session
 * (another transcript) starts over with its own heading.
 */
final class ConversationFollow {
    private final String agent;
    private final PrintWriter out;
    private String file;
    private int turn = -1;
    private int entries;
    private Usage printed;

    ConversationFollow(String agent, PrintWriter out) {
        this.agent = agent;
        this.out = out;
    }

    /** Called with each snapshot of the conversation (on the follower's thread). */
    synchronized void accept(Conversation c) {
        if (c.file().isEmpty() || c.sessionId().isEmpty() && c.turns().isEmpty()) {
            return; // no transcript yet, or none of its records read yet: the heading needs its session
        }
        if (!c.file().equals(file)) {
            if (file != null) {
                out.println();
            }
            file = c.file();
            turn = -1;
            out.println("Conversation of " + agent + " — " + c.file() + " (session " + c.sessionId() + ")");
        }
        List<Usage> running = c.runningTotals();
        for (int i = Math.max(turn, 0); i < c.turns().size(); i++) {
            Turn t = c.turns().get(i);
            if (i > turn) {
                if (turn >= 0 && !c.turns().get(turn).usage().equals(printed)) {
                    ConversationOutput.tokens(c.turns().get(turn), running.get(turn), out);
                }
                ConversationOutput.header(t, out);
                turn = i;
                entries = 0;
                printed = null;
            }
            t.entries().subList(entries, t.entries().size()).forEach(e -> ConversationOutput.entry(e, out));
            entries = t.entries().size();
        }
        if (turn >= 0) {
            Turn t = c.turns().get(turn);
            boolean answered = !t.entries().isEmpty()
                    && t.entries().get(t.entries().size() - 1).kind() == Entry.Kind.ANSWER;
            if (answered && !t.usage().equals(printed)) {
                ConversationOutput.tokens(t, running.get(turn), out);
                printed = t.usage();
            }
        }
        out.flush();
    }
}
