package io.scitex.console.remote;

/**
 * One question of a keyboard-interactive round.
 *
 * @param text what the server asks, e.g. "Password: " or "Verification code: "
 * @param echo true when the answer may be shown while typed
 */
public record Prompt(String text, boolean echo) {}
