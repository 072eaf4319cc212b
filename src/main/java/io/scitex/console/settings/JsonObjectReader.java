package io.scitex.console.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.scitex.console.agent.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a JSON file holding one object, keeping the line and column of each top-level value for messages. */
public final class JsonObjectReader {
    /** Reads Python's json output too ({@code NaN}, {@code Infinity}). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonObjectReader() {}

    /** One top-level value and where it starts (1-based). */
    public record Located(JsonNode value, int line, int column) {}

    /** Thrown with a ready {@link Problem} when the file cannot be read as one JSON object. */
    public static final class BadJsonException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        public BadJsonException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The top-level entries of {@code file} in file order; a repeated key keeps its last value, as Python does. */
    public static Map<String, Located> read(Path file) throws BadJsonException {
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(Files.readAllBytes(file))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new BadJsonException(at(file, parser.currentTokenLocation(),
                        first == null ? "file is empty; expected a JSON object" : "expected a JSON object"));
            }
            Map<String, Located> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                JsonLocation where = parser.currentTokenLocation();
                JsonNode value = MAPPER.readTree(parser);
                entries.remove(key);
                entries.put(key, new Located(value, where.getLineNr(), where.getColumnNr()));
            }
            if (parser.nextToken() != null) {
                throw new BadJsonException(at(file, parser.currentTokenLocation(), "extra data after the JSON object"));
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw new BadJsonException(at(file, e.getLocation(), "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadJsonException(Problem.fileError(file, "cannot read the file: " + e.getMessage()));
        }
    }

    private static Problem at(Path file, JsonLocation location, String message) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return Problem.error(file, line, column, message.lines().findFirst().orElse(message));
    }

    /** "a string", "a number"... for "must be a string, got a number" messages. */
    public static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a string";
        };
    }
}
