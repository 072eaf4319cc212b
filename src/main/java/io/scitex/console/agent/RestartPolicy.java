package io.scitex.console.agent;

/** {@code spec.restart.policy}. */
public enum RestartPolicy {
    NEVER("never"),
    ON_FAILURE("on-failure"),
    ALWAYS("always");

    private final String yamlName;

    RestartPolicy(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }
}
