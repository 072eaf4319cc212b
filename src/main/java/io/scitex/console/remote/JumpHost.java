package io.scitex.console.remote;

/**
 * One hop of a ProxyJump chain: {@code [user@]host[:port]} or {@code ssh://[user@]host[:port]}.
 *
 * @param user the user, or null to take it from the hop's own config
 * @param host an alias or host name, resolved through ssh_config like any host
 * @param port the port, or -1 to take it from the hop's own config
 */
public record JumpHost(String user, String host, int port) {

    /** Parses one hop spec; throws IllegalArgumentException naming the spec when it is malformed. */
    public static JumpHost parse(String spec) {
        String s = spec.startsWith("ssh://") ? spec.substring(6) : spec;
        String user = null;
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            user = s.substring(0, at);
            s = s.substring(at + 1);
        }
        String host = s;
        int port = -1;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("bad ProxyJump hop '" + spec + "': missing ']'");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (rest.startsWith(":")) {
                port = parsePort(spec, rest.substring(1));
            }
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            host = s.substring(0, s.indexOf(':'));
            port = parsePort(spec, s.substring(s.indexOf(':') + 1));
        }
        if (host.isEmpty() || (user != null && user.isEmpty())) {
            throw new IllegalArgumentException("bad ProxyJump hop '" + spec + "'");
        }
        return new JumpHost(user, host, port);
    }

    private static int parsePort(String spec, String p) {
        try {
            int port = Integer.parseInt(p);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("bad ProxyJump hop '" + spec + "': bad port '" + p + "'");
    }
}
