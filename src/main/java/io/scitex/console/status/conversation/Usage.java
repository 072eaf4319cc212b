package io.scitex.console.status.conversation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tokens of one API message (or a sum of them), as Claude Code records them in {@code message.usage}.
 *
 * @param input uncached input tokens ({@code input_tokens})
 * @param output output tokens
 * @param cacheRead input tokens read from the prompt cache
 * @param cacheCreation input tokens written to the prompt cache
 */
public record Usage(long input, long output, long cacheRead, long cacheCreation) {
    public static final Usage ZERO = new Usage(0, 0, 0, 0);

    static Usage of(JsonNode usage) {
        return new Usage(usage.path("input_tokens").asLong(0), usage.path("output_tokens").asLong(0),
                usage.path("cache_read_input_tokens").asLong(0), usage.path("cache_creation_input_tokens").asLong(0));
    }

    public Usage plus(Usage o) {
        return new Usage(input + o.input, output + o.output, cacheRead + o.cacheRead, cacheCreation + o.cacheCreation);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** "in 10 · out 5 · cache read 0 · cache write 0". */
    public String describe() {
        return "in " + input + " · out " + output + " · cache read " + cacheRead + " · cache write " + cacheCreation;
    }
}
