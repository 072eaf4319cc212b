package io.scitex.console.status.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scitex.console.status.conversation.Entry.Kind;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Claude Code transcript ({@code ~/.claude/projects/<project>/<session>.jsonl}) one line at a time into a
 * {@link Conversation}: prompts start turns; assistant text, tool calls, tool results, API errors and interrupts are
 * entries of the current turn; each API message's usage is counted once (Claude Code writes one record per content
 * block, each carrying the message's usage). Bookkeeping records (attachments, snapshots, api-request...) and
 * sub-agent (sidechain) records are skipped; a line that is not JSON is counted and skipped. Not thread-safe.
 */
public final class TranscriptParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTERRUPTED = "[Request interrupted";

    private final String file;
    private final List<Turn> done = new ArrayList<>();
    private final Map<String, String> toolNames = new HashMap<>();
    private TurnBuilder current = new TurnBuilder(0, "");
    private String sessionId = "";
    private int malformed;

    public TranscriptParser(String file) {
        this.file = file;
    }

    /** Parses a whole transcript. */
    public static Conversation parse(String file, List<String> lines) {
        TranscriptParser p = new TranscriptParser(file);
        lines.forEach(p::accept);
        return p.conversation();
    }

    /** How many lines were not JSON objects. */
    public int malformed() {
        return malformed;
    }

    /** Reads one line (without its newline). */
    public void accept(String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode r;
        try {
            r = JSON.readTree(line);
        } catch (IOException e) {
            malformed++;
            return;
        }
        if (!r.isObject()) {
            malformed++;
            return;
        }
        if (sessionId.isEmpty() && r.hasNonNull("sessionId")) {
            sessionId = r.path("sessionId").asText();
        }
        if (r.path("isSidechain").asBoolean(false) || r.path("isMeta").asBoolean(false)) {
            return;
        }
        Instant at = time(r.path("timestamp").asText(""));
        switch (r.path("type").asText()) {
            case "user" -> user(r.path("message").path("content"), at);
            case "assistant" -> assistant(r, at);
            case "system" -> system(r, at);
            default -> { }
        }
    }

    /** What was read so far. */
    public Conversation conversation() {
        List<Turn> turns = new ArrayList<>(done);
        if (current.number() > 0 || !current.isEmpty()) {
            turns.add(current.build());
        }
        return new Conversation(file, sessionId, turns);
    }

    private void user(JsonNode content, Instant at) {
        if (content.isTextual()) {
            text(content.asText(), at);
            return;
        }
        StringBuilder prompt = new StringBuilder();
        for (JsonNode b : content) {
            switch (b.path("type").asText()) {
                case "tool_result" -> {
                    String id = b.path("tool_use_id").asText();
                    current.add(new Entry(Kind.TOOL_RESULT, ToolInput.resultText(b.path("content")),
                            toolNames.getOrDefault(id, ""), "", id, b.path("is_error").asBoolean(false), at));
                }
                case "text" -> {
                    String t = b.path("text").asText();
                    if (t.startsWith(INTERRUPTED)) {
                        current.add(Entry.of(Kind.INTERRUPT, t.strip(), at));
                    } else {
                        prompt.append(prompt.length() > 0 ? "\n" : "").append(t);
                    }
                }
                default -> { }
            }
        }
        if (prompt.length() > 0) {
            startTurn(prompt.toString(), at);
        }
    }

    private void text(String t, Instant at) {
        if (t.startsWith(INTERRUPTED)) {
            current.add(Entry.of(Kind.INTERRUPT, t.strip(), at));
        } else {
            startTurn(t, at);
        }
    }

    private void startTurn(String prompt, Instant at) {
        if (current.number() > 0 || !current.isEmpty()) {
            done.add(current.build());
        }
        current = new TurnBuilder(current.number() + 1, prompt);
        current.add(Entry.of(Kind.PROMPT, prompt, at));
    }

    private void assistant(JsonNode r, Instant at) {
        JsonNode m = r.path("message");
        if (r.path("isApiErrorMessage").asBoolean(false)) {
            current.add(Entry.of(Kind.ERROR, ToolInput.resultText(m.path("content")), at));
            return;
        }
        String model = m.path("model").asText("");
        if (m.has("usage")) {
            current.usage(m.path("id").asText(r.path("uuid").asText()), Usage.of(m.path("usage")),
                    model.startsWith("<") ? "" : model);
        }
        for (JsonNode b : m.path("content")) {
            switch (b.path("type").asText()) {
                case "text" -> {
                    if (!b.path("text").asText().isBlank()) {
                        current.add(Entry.of(Kind.ANSWER, b.path("text").asText(), at));
                    }
                }
                case "tool_use" -> {
                    String name = b.path("name").asText();
                    String id = b.path("id").asText();
                    toolNames.put(id, name);
                    current.add(new Entry(Kind.TOOL_CALL, b.path("input").path("description").asText(""), name,
                            ToolInput.describe(name, b.path("input")), id, false, at));
                }
                default -> { }
            }
        }
    }

    private void system(JsonNode r, Instant at) {
        if (r.path("level").asText().equals("error")) {
            String text = r.path("content").asText(r.path("subtype").asText("error"));
            current.add(Entry.of(Kind.ERROR, text, at));
        }
    }

    private static Instant time(String s) {
        try {
            return s.isEmpty() ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
