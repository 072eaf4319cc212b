package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.Prompt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalPrompterTest {
    private final StringWriter err = new StringWriter();

    private TerminalPrompter prompter(Terminal t) {
        return new TerminalPrompter(t, new PrintWriter(err, true));
    }

    @Test
    void hostKeyIsAskedAsOpenSshAsksAndOnlyYesOrTheFingerprintTrusts() {
        ScriptedTerminal t = new ScriptedTerminal("maybe", "yes");
        assertThat(prompter(t).acceptHostKey("spartan", "ssh-ed25519", "SHA256:abc")).isTrue();
        assertThat(t.shown.get(0)).isEqualTo("The authenticity of host 'spartan' can't be established.\n"
                + "ED25519 key fingerprint is SHA256:abc.\n");
        assertThat(TerminalPrompter.keyName("ecdsa-sha2-nistp256")).isEqualTo("ECDSA");
        assertThat(TerminalPrompter.keyName("rsa-sha2-512")).isEqualTo("RSA");
        assertThat(t.prompts).containsExactly("Are you sure you want to continue connecting (yes/no)? ",
                "Are you sure you want to continue connecting (yes/no)? ");
        assertThat(prompter(new ScriptedTerminal("SHA256:abc")).acceptHostKey("h", "ssh-rsa", "SHA256:abc")).isTrue();
        assertThat(prompter(new ScriptedTerminal("no")).acceptHostKey("h", "ssh-rsa", "SHA256:abc")).isFalse();
        assertThat(prompter(new ScriptedTerminal()).acceptHostKey("h", "ssh-rsa", "SHA256:abc")).isFalse();
    }

    @Test
    void secretsAreReadWithoutEcho() {
        ScriptedTerminal t = new ScriptedTerminal("s3cret", "123456", "alice");
        TerminalPrompter p = prompter(t);
        assertThat(p.passphrase(Path.of("/k/id_ed25519"))).isEqualTo("s3cret");
        assertThat(p.keyboardInteractive("spartan", "", "Two factors", List.of(new Prompt("Code: ", false),
                new Prompt("User: ", true)))).containsExactly("123456", "alice");
        assertThat(t.prompts).containsExactly("Enter passphrase for key '/k/id_ed25519': ", "Code: ", "User: ");
        assertThat(t.secret).containsExactly(true, true, false);
        assertThat(t.shown).containsExactly("Two factors\n");
    }

    @Test
    void withoutATerminalNothingWaitsAndStderrSaysWhatToDoExceptForHostKeysWhoseRefusalSaysIt() {
        TerminalPrompter p = prompter(Terminal.none());
        assertThat(p.passphrase(Path.of("/k/id"))).isNull();
        assertThat(p.password("u", "h")).isNull();
        assertThat(p.keyboardInteractive("h", "", "", List.of(new Prompt("Code: ", false)))).isNull();
        assertThat(p.acceptHostKey("spartan", "ssh-ed25519", "SHA256:abc")).isFalse();
        assertThat(err.toString()).isEqualTo(
                "sac: cannot ask for the passphrase of /k/id: no terminal; load the key into ssh-agent "
                + "(ssh-add /k/id)\n"
                + "sac: cannot ask for the password of u@h: no terminal; use a key\n"
                + "sac: cannot ask for the login questions of h: no terminal; log in once from a terminal, or "
                + "use a key\n");
    }
}
