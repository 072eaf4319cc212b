package io.scitex.console.remote;

/** What to do with a host key that no known_hosts file holds. A changed key is refused under every policy. */
public enum HostKeyPolicy {
    /** Refuse unknown hosts. */
    STRICT,
    /** Ask the {@link Prompter}, showing the SHA256 fingerprint; an accepted key is appended to known_hosts. */
    ASK,
    /** Record unknown keys without asking (explicit opt-in). */
    ACCEPT_NEW;

    /** The policy for an ssh_config StrictHostKeyChecking value as {@code ssh -G} prints it; "false" never trusts a changed key. */
    public static HostKeyPolicy fromStrictHostKeyChecking(String value) {
        return switch (value) {
            case "true", "yes" -> STRICT;
            case "accept-new", "false", "no", "off" -> ACCEPT_NEW;
            default -> ASK;
        };
    }
}
