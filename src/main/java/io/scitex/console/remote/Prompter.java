package io.scitex.console.remote;

import java.nio.file.Path;
import java.util.List;

/**
 * Questions the SSH layer asks the person at the console, at most once per connection. Called on a connecting
 * thread (never the UI thread); implementations block until answered. Answers are never logged.
 */
public interface Prompter {

    /** The passphrase of an encrypted private key, or null to skip that key. */
    String passphrase(Path keyFile);

    /** Answers to one keyboard-interactive round (2FA codes, PAM passwords), one per prompt; null to give up. */
    List<String> keyboardInteractive(String host, String name, String instruction, List<Prompt> prompts);

    /** A password for {@code user@host}, or null to skip password authentication. */
    String password(String user, String host);

    /** Whether to trust an unknown host key; the fingerprint is as OpenSSH prints it ({@code SHA256:...}). */
    boolean acceptHostKey(String host, String keyType, String fingerprint);

    /** A prompter that answers nothing (OpenSSH's BatchMode): keys without passphrase and known hosts only. */
    static Prompter none() {
        return new Prompter() {
            @Override
            public String passphrase(Path keyFile) {
                return null;
            }

            @Override
            public List<String> keyboardInteractive(String host, String name, String instruction, List<Prompt> prompts) {
                return null;
            }

            @Override
            public String password(String user, String host) {
                return null;
            }

            @Override
            public boolean acceptHostKey(String host, String keyType, String fingerprint) {
                return false;
            }
        };
    }
}
