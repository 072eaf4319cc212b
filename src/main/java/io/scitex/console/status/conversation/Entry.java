package io.scitex.console.status.conversation;

import java.time.Instant;

/**
 * One thing in a conversation, in transcript order.
 *
 * @param kind what it is
 * @param text the prompt, the answer's text, the tool's result, the error or interrupt message
 * @param tool for tool calls and results: the tool's name (a result's is its call's)
 * @param input for tool calls: the readable input ({@code $ command}, the file and its edit, or the JSON)
 * @param toolId the tool_use id linking a result to its call
 * @param error true for API errors, interrupts, failed or refused tool results
 * @param at when it was written, or null
 */
public record Entry(Kind kind, String text, String tool, String input, String toolId, boolean error, Instant at) {
    /** The kinds of entries. */
    public enum Kind { PROMPT, ANSWER, TOOL_CALL, TOOL_RESULT, ERROR, INTERRUPT }

    static Entry of(Kind kind, String text, Instant at) {
        return new Entry(kind, text, "", "", "", kind == Kind.ERROR || kind == Kind.INTERRUPT, at);
    }
}
