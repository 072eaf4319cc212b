package io.scitex.console.ui.inbox;

import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.Needs;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One agent that needs its user, as the inbox shows it.
 *
 * @param agent the agent's name
 * @param kind {@code needs-permission}, {@code question} or {@code error}
 * @param detail the tool and its exact command or file, the question, or the error text
 * @param since when the need began
 */
public record InboxRow(String agent, String kind, String detail, Instant since) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    static InboxRow of(AgentStatus s) {
        Needs n = s.needs().orElseThrow();
        return new InboxRow(s.agent(), n.kind(), n.detail(), n.since());
    }

    /** The need without its time: the same need seen again is not new. */
    String key() {
        return agent + "\u0000" + kind + "\u0000" + Needs.sameText(detail);
    }

    /** What the user is asked: "permission", "question" or "error". */
    public String what() {
        return switch (kind) {
            case "needs-permission" -> "permission";
            default -> kind;
        };
    }

    /** The need's start as a local clock time. */
    public String sinceText() {
        return LocalTime.ofInstant(since, ZoneId.systemDefault()).format(CLOCK);
    }

    /** The reason on one line, for the table and the notification. */
    public String why() {
        return detail.replace('\n', ' ');
    }
}
