package io.scitex.console.lease;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scitex-hpc reservation ("lease"), exactly the fields of its JSON file. Anything the console adds lives in
 * {@code extras}, which also keeps keys written by other tools.
 *
 * @param jobId SLURM job id, empty when the job is unknown
 * @param node allocated node, empty while pending or unknown
 * @param submittedAt ISO-8601 UTC seconds as scitex-hpc writes it ({@code isoformat(timespec="seconds")} of an aware
 *     UTC time), e.g. {@code 2026-04-28T10:00:00+00:00}
 * @param walltimeEnd as scitex-hpc writes it; empty when unknown
 */
public record Lease(
        String id,
        String name,
        String host,
        String jobId,
        String node,
        boolean persistent,
        String submittedAt,
        String walltimeEnd,
        Map<String, Object> extras) {

    public static final String TMUX_SERVER = "tmux_server";

    public Lease {
        extras = Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    /** The tmux socket name tenants join ({@code extras.tmux_server}), if the lease was booked with one. */
    public Optional<String> tmuxServer() {
        Object v = extras.get(TMUX_SERVER);
        return v instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    public boolean hasJob() {
        return !jobId.isEmpty();
    }

    /** {@code <host>-<name>} with characters outside {@code [A-Za-z0-9._-]} turned into {@code -}. */
    public static String idFor(String host, String name) {
        String raw = name.startsWith(host + "-") ? name : host + "-" + name;
        return raw.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
