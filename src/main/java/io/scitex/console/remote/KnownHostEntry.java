package io.scitex.console.remote;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One line of an OpenSSH known_hosts file.
 *
 * @param file the file
 * @param line 1-based line number
 * @param marker "@revoked", "@cert-authority" or "" for a plain entry
 * @param hosts the host field (comma-separated patterns, or a hashed {@code |1|salt|hash} name)
 * @param keyType the key type name, e.g. ssh-ed25519
 * @param blob the key in SSH wire format
 */
record KnownHostEntry(Path file, int line, String marker, String hosts, String keyType, byte[] blob) {

    /** Parses a line; null for blank lines, comments and lines that are not a key entry. */
    static KnownHostEntry parse(Path file, int lineNo, String text) {
        String t = text.strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return null;
        }
        String[] f = t.split("\\s+");
        int i = 0;
        String marker = "";
        if (f[0].startsWith("@")) {
            marker = f[0];
            i = 1;
        }
        if (f.length < i + 3) {
            return null;
        }
        try {
            return new KnownHostEntry(file, lineNo, marker, f[i], f[i + 1], Base64.getDecoder().decode(f[i + 2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when this entry names the host, given as known_hosts writes it ({@code host} or {@code [host]:port}). */
    boolean appliesTo(String hostField) {
        if (hosts.startsWith("|1|")) {
            return hashedMatches(hostField);
        }
        return HostPattern.hostNameList(hostField, hosts);
    }

    boolean revoked() {
        return marker.equals("@revoked");
    }

    boolean certAuthority() {
        return marker.equals("@cert-authority");
    }

    boolean sameKey(byte[] other) {
        return Arrays.equals(blob, other);
    }

    String fingerprint() {
        return Fingerprint.sha256(blob);
    }

    String where() {
        return file + ":" + line;
    }

    private boolean hashedMatches(String hostField) {
        String[] p = hosts.split("\\|");
        if (p.length != 4) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(p[2]), "HmacSHA1"));
            byte[] h = mac.doFinal(hostField.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Arrays.equals(h, Base64.getDecoder().decode(p[3]));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
