package io.scitex.console.remote;

import java.util.List;

/**
 * A host reached through ad-hoc ProxyJump hops, written as one host name for {@link SshHosts}: {@code h1>h2>target}
 * is {@code ssh -J h1,h2 target} (the hops replace the target's own ProxyJump; the first hop's own ProxyJump is
 * honoured, as with {@code -J}). A name without {@code >} is a plain ssh_config alias.
 */
public final class HostChain {
    static final String SEPARATOR = ">";

    private HostChain() {}

    /** The host name for an agent's {@code spec.remote}: the last entry reached through the earlier ones. */
    public static String of(List<String> hops) {
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("no host given");
        }
        for (String h : hops) {
            if (h == null || h.isBlank() || h.contains(SEPARATOR) || h.contains(",") || !h.strip().equals(h)
                    || h.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not an ssh host alias: '" + h + "'");
            }
        }
        return String.join(SEPARATOR, hops);
    }

    /** The target: the last element of the chain. */
    public static String target(String host) {
        return host.substring(host.lastIndexOf(SEPARATOR) + 1);
    }

    /** The hops before the target, first hop first (empty for a plain alias). */
    public static List<String> jumps(String host) {
        int cut = host.lastIndexOf(SEPARATOR);
        return cut < 0 ? List.of() : List.of(host.substring(0, cut).split(SEPARATOR));
    }
}
