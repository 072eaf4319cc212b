package io.scitex.console.remote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** OpenSSH's %-tokens and leading '~' in path-like values (ssh_config TOKENS). */
final class SshTokens {
    private final Map<Character, String> values;
    private final String home;

    private SshTokens(Map<Character, String> values, String home) {
        this.values = values;
        this.home = home;
    }

    static SshTokens of(LocalUser local, String alias, String hostName, int port, String remoteUser) {
        String c = sha1(local.hostName() + hostName + port + remoteUser);
        String shortHost = local.hostName().split("\\.", 2)[0];
        return new SshTokens(Map.ofEntries(Map.entry('%', "%"), Map.entry('d', local.home()),
                Map.entry('u', local.name()), Map.entry('l', local.hostName()), Map.entry('L', shortHost),
                Map.entry('i', local.uid()), Map.entry('h', hostName), Map.entry('n', alias),
                Map.entry('p', Integer.toString(port)), Map.entry('r', remoteUser), Map.entry('C', c)), local.home());
    }

    /** Only %h and %% (the HostName keyword). */
    static String hostName(ConfigLine line, String value, String alias) {
        return new SshTokens(Map.of('%', "%", 'h', alias), "").expand(line, value, false);
    }

    /** Tokens and a leading '~' expanded; an unknown token is an error naming the line. */
    String path(ConfigLine line, String value) {
        return expand(line, value, true);
    }

    private String expand(ConfigLine line, String value, boolean tilde) {
        String v = value;
        if (tilde && (v.equals("~") || v.startsWith("~/"))) {
            v = home + v.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch != '%') {
                sb.append(ch);
                continue;
            }
            if (i + 1 >= v.length() || !values.containsKey(v.charAt(i + 1))) {
                String tok = i + 1 < v.length() ? "%" + v.charAt(i + 1) : "%";
                throw line.error("unknown or unsupported token '" + tok + "' in '" + value + "'");
            }
            sb.append(values.get(v.charAt(++i)));
        }
        return sb.toString();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
