package io.scitex.console.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scitex.console.runtime.HookMark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state a hook mark stands for, with the tool call, question or error text from the hook's input. */
record HookReading(AgentState state, String detail, Instant at) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STRING_FIELD = Pattern.compile("\"(%s)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)");

    static Optional<HookReading> of(HookMark mark) {
        Instant at = Instant.ofEpochSecond(mark.epochSeconds());
        Input in = new Input(mark.detailBase64());
        return Optional.ofNullable(switch (mark.event()) {
            case "SessionStart", "Stop" -> new HookReading(AgentState.WAITING, "", at);
            case "UserPromptSubmit", "PreToolUse", "PostToolUse" -> new HookReading(AgentState.WORKING, "", at);
            case "PermissionRequest" -> permission(in, at);
            case "Notification" -> in.field("notification_type").equals("idle_prompt")
                    ? new HookReading(AgentState.WAITING, "", at)
                    : new HookReading(AgentState.QUESTION, in.field("message"), at);
            case "StopFailure" -> new HookReading(AgentState.ERROR, errorText(in), at);
            case "SessionEnd" -> new HookReading(AgentState.EXITED, "", at);
            default -> null;
        });
    }

    private static HookReading permission(Input in, Instant at) {
        String tool = in.field("tool_name");
        if (tool.equals("AskUserQuestion") || tool.equals("ExitPlanMode")) {
            String q = in.field("question");
            return new HookReading(AgentState.QUESTION, q.isEmpty() ? tool : q, at);
        }
        String what = in.field("command");
        if (what.isEmpty()) {
            what = in.field("file_path");
        }
        if (what.isEmpty()) {
            what = in.field("url");
        }
        return new HookReading(AgentState.NEEDS_PERMISSION, what.isEmpty() ? tool : tool + ": " + what, at);
    }

    private static String errorText(Input in) {
        String text = in.field("last_assistant_message");
        String kind = in.field("error");
        return text.isEmpty() ? kind : text;
    }

    /** The hook's JSON input; cut at 2000 bytes, so fields are read leniently when it does not parse. */
    private static final class Input {
        private final String raw;
        private final JsonNode tree;

        Input(String base64) {
            String text;
            try {
                text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                text = "";
            }
            raw = text;
            JsonNode t = null;
            try {
                t = text.isEmpty() ? null : JSON.readTree(text);
            } catch (IOException e) {
                t = null;
            }
            tree = t;
        }

        /** The first string field of that name anywhere in the input, or "". */
        String field(String name) {
            if (tree != null) {
                JsonNode v = tree.findValue(name);
                return v == null ? "" : v.isTextual() ? v.asText() : v.toString();
            }
            Matcher m = Pattern.compile(STRING_FIELD.pattern().formatted(Pattern.quote(name))).matcher(raw);
            if (!m.find()) {
                return "";
            }
            try {
                return JSON.readValue("\"" + m.group(2) + "\"", String.class);
            } catch (IOException e) {
                return m.group(2);
            }
        }
    }
}
