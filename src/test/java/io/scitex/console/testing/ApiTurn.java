package io.scitex.console.testing;

import java.time.Duration;
import java.util.List;

/**
 * One scripted answer of {@link ScriptedApi} to one main-loop request of Claude Code: streamed text (optionally slow),
 * a tool call, or an HTTP error.
 *
 * @param status 200 for a streamed answer, else the error status sent with {@code errorType} and {@code text}
 * @param text the streamed text, or the error message
 * @param chunks how many deltas the text is split into
 * @param pause the pause between deltas
 * @param tool the tool_use's name, empty for none
 * @param input the tool_use's input as JSON
 * @param tokens the usage the answer reports
 */
public record ApiTurn(int status, String text, int chunks, Duration pause, String tool, String input,
        String errorType, Tokens tokens) {
    /** The usage figures of one answer, as the Messages API reports them. */
    public record Tokens(int input, int output, int cacheRead, int cacheCreation) {}

    /** What every answer reports unless told otherwise. */
    public static final Tokens DEFAULT_TOKENS = new Tokens(10, 5, 0, 0);

    public ApiTurn(int status, String text, int chunks, Duration pause, String tool, String input, String errorType) {
        this(status, text, chunks, pause, tool, input, errorType, DEFAULT_TOKENS);
    }

    /** This answer reporting {@code t} as its usage. */
    public ApiTurn withTokens(Tokens t) {
        return new ApiTurn(status, text, chunks, pause, tool, input, errorType, t);
    }

    public static ApiTurn text(String text) {
        return new ApiTurn(200, text, Math.max(1, Math.min(8, text.length() / 4)), Duration.ofMillis(30), "", "", "");
    }

    /** Text streamed in {@code chunks} deltas over about {@code total}. */
    public static ApiTurn slow(String text, int chunks, Duration total) {
        return new ApiTurn(200, text, chunks, total.dividedBy(Math.max(1, chunks)), "", "", "");
    }

    /** A short text, then a Bash tool_use running {@code command}. */
    public static ApiTurn bash(String command, String description) {
        return new ApiTurn(200, "I will run it.", 1, Duration.ZERO, "Bash",
                ScriptedApi.JSON.createObjectNode().put("command", command).put("description", description)
                        .toString(), "");
    }

    /** An error answer: e.g. 400 invalid_request_error, 429 rate_limit_error, 401 authentication_error. */
    public static ApiTurn error(int status, String errorType, String message) {
        return new ApiTurn(status, message, 0, Duration.ZERO, "", "", errorType);
    }

    /** The deltas of the text, in order. */
    List<String> deltas() {
        int n = Math.max(1, Math.min(chunks, Math.max(1, text.length())));
        int size = (text.length() + n - 1) / n;
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += Math.max(1, size)) {
            out.add(text.substring(i, Math.min(text.length(), i + Math.max(1, size))));
        }
        return out;
    }
}
