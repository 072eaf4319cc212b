package io.scitex.console.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import net.schmizz.sshj.common.Buffer;

/** Key fingerprints exactly as OpenSSH prints them: {@code SHA256:} and unpadded base64 of the key blob. */
public final class Fingerprint {
    private Fingerprint() {}

    /** The SHA256 fingerprint of a public key. */
    public static String sha256(PublicKey key) {
        return sha256(blob(key));
    }

    /** The SHA256 fingerprint of an SSH wire-format key blob. */
    public static String sha256(byte[] blob) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] blob(PublicKey key) {
        return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
    }
}
