package io.scitex.console.status.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;

/** A tool call's input as a reader wants it: the shell command, the file and its edit, else the JSON. */
final class ToolInput {
    private ToolInput() {}

    static String describe(String tool, JsonNode in) {
        return switch (tool) {
            case "Bash" -> "$ " + in.path("command").asText();
            case "Edit" -> in.path("file_path").asText() + "\n" + diff(in.path("old_string").asText(),
                    in.path("new_string").asText());
            case "MultiEdit" -> in.path("file_path").asText() + "\n" + streamOf(in.path("edits"))
                    .map(e -> diff(e.path("old_string").asText(), e.path("new_string").asText()))
                    .collect(Collectors.joining("\n…\n"));
            case "Write" -> in.path("file_path").asText() + "\n" + in.path("content").asText();
            case "Read", "NotebookEdit" -> in.path("file_path").asText(in.path("notebook_path").asText());
            case "Glob", "Grep" -> in.path("pattern").asText() + (in.has("path") ? "  in " + in.path("path").asText()
                    : "");
            default -> in.toString();
        };
    }

    /** Old lines prefixed "- ", new lines "+ ". */
    static String diff(String old, String neu) {
        String minus = old.lines().map(l -> "- " + l).collect(Collectors.joining("\n"));
        String plus = neu.lines().map(l -> "+ " + l).collect(Collectors.joining("\n"));
        return minus.isEmpty() ? plus : plus.isEmpty() ? minus : minus + "\n" + plus;
    }

    private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** A tool_result's content: a string, or the text of its blocks (images named, not shown). */
    static String resultText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        return streamOf(content).map(b -> b.path("type").asText().equals("text") ? b.path("text").asText()
                : "[" + b.path("type").asText() + "]").collect(Collectors.joining("\n"));
    }
}
