package io.scitex.console.runtime;

import java.util.Optional;

/**
 * What the console's Claude Code hooks last recorded on an agent's pane (docs/decisions/0800): the hook event, when
 * (epoch seconds on the node) and, for events that need the user, the event's JSON input (base64, cut at 2000 bytes).
 */
public record HookMark(String event, long epochSeconds, String detailBase64) {

    /** Parses {@code "<event> <epoch>"} and the detail of a sweep's SAC-HOOK line. */
    public static Optional<HookMark> parse(String mark, String detail) {
        String[] f = mark.strip().split(" ");
        if (f.length != 2 || !f[0].matches("[A-Za-z]{1,40}") || !f[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(new HookMark(f[0], Long.parseLong(f[1]), detail.strip()));
    }
}
