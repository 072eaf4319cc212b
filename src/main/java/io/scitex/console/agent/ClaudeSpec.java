package io.scitex.console.agent;

import java.util.List;

/** {@code spec.claude}: extra flags (already split shell-style into words) and the session mode. */
public record ClaudeSpec(List<String> flags, SessionMode session) {
    public static final ClaudeSpec DEFAULTS = new ClaudeSpec(List.of(), SessionMode.CONTINUE_OR_NEW);

    public ClaudeSpec {
        flags = List.copyOf(flags);
    }

    public enum SessionMode {
        CONTINUE_OR_NEW("continue-or-new"),
        CONTINUE("continue"),
        NEW("new"),
        RESUME("resume");

        private final String yamlName;

        SessionMode(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }
}
