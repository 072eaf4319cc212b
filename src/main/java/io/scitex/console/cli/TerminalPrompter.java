package io.scitex.console.cli;

import io.scitex.console.remote.Prompt;
import io.scitex.console.remote.Prompter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks the SSH layer's questions on the terminal as OpenSSH does (secrets without echo). With no terminal it never
 * waits: it says on stderr what could not be asked and how to avoid the question, and answers "no".
 */
public final class TerminalPrompter implements Prompter {
    private final Terminal terminal;
    private final PrintWriter err;

    public TerminalPrompter(Terminal terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    @Override
    public String passphrase(Path keyFile) {
        if (!terminal.interactive()) {
            return refuse("the passphrase of " + keyFile, "load the key into ssh-agent (ssh-add " + keyFile + ")");
        }
        return secret("Enter passphrase for key '" + keyFile + "': ");
    }

    @Override
    public List<String> keyboardInteractive(String host, String name, String instruction, List<Prompt> prompts) {
        if (!terminal.interactive()) {
            refuse("the login questions of " + host + (name.isBlank() ? "" : " (" + name + ")"),
                    "log in once from a terminal, or use a key");
            return null;
        }
        String header = (name.isBlank() ? "" : name + "\n") + (instruction.isBlank() ? "" : instruction + "\n");
        if (!header.isEmpty()) {
            terminal.show(header);
        }
        List<String> answers = new ArrayList<>();
        for (Prompt p : prompts) {
            String answer = p.echo() ? terminal.readLine(p.text()).orElse(null) : secret(p.text());
            if (answer == null) {
                return null;
            }
            answers.add(answer);
        }
        return answers;
    }

    @Override
    public String password(String user, String host) {
        if (!terminal.interactive()) {
            return refuse("the password of " + user + "@" + host, "use a key");
        }
        return secret(user + "@" + host + "'s password: ");
    }

    @Override
    public boolean acceptHostKey(String host, String keyType, String fingerprint) {
        if (!terminal.interactive()) {
            // refused without a word: the refused connection's own error names the host, the key and the
            // known_hosts file to add it to, and one line per problem is what the user should read
            return false;
        }
        terminal.show("The authenticity of host '" + host + "' can't be established.\n"
                + keyName(keyType) + " key fingerprint is " + fingerprint + ".\n");
        while (true) {
            Optional<String> answer = terminal.readLine("Are you sure you want to continue connecting (yes/no)? ");
            if (answer.isEmpty()) {
                return false;
            }
            String a = answer.get().strip().toLowerCase(Locale.ROOT);
            if (a.equals("yes") || a.equals(fingerprint.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (a.equals("no")) {
                return false;
            }
            terminal.show("Please type 'yes' or 'no': ");
        }
    }

    /** OpenSSH's name for a key type: {@code ssh-ed25519} is ED25519, {@code ecdsa-sha2-nistp256} is ECDSA. */
    static String keyName(String keyType) {
        String t = keyType.toLowerCase(Locale.ROOT);
        if (t.startsWith("ecdsa")) {
            return "ECDSA";
        }
        if (t.contains("rsa")) {
            return "RSA";
        }
        if (t.equals("ssh-dss")) {
            return "DSA";
        }
        return (t.startsWith("ssh-") ? t.substring(4) : t).toUpperCase(Locale.ROOT);
    }

    private String secret(String prompt) {
        Optional<char[]> typed = terminal.readSecret(prompt);
        if (typed.isEmpty()) {
            return null;
        }
        char[] chars = typed.get();
        String value = new String(chars);
        Arrays.fill(chars, '\0');
        return value;
    }

    private String refuse(String what, String instead) {
        err.println("sac: cannot ask for " + what + ": no terminal; " + instead);
        err.flush();
        return null;
    }
}
