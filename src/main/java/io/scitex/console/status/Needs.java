package io.scitex.console.status;

import java.time.Instant;

/**
 * Why an agent needs its user now.
 *
 * @param kind the state's label: {@code needs-permission}, {@code question} or {@code error}
 * @param detail the tool and its exact command or file, the question, or the error text
 * @param since when the need began
 */
public record Needs(String kind, String detail, Instant since) {

    /**
     * A need's text as compared: runs of white space as one space, trimmed. The hook gives a tool call on one line
     * and the screen the same call wrapped over several, so that only a different call or question differs.
     */
    public static String sameText(String detail) {
        return detail.strip().replaceAll("\\s+", " ");
    }
}
