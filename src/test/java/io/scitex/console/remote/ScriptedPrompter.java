package io.scitex.console.remote;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A prompter with fixed answers that records every question it was asked (never the answers). */
final class ScriptedPrompter implements Prompter {
    final List<String> asked = new CopyOnWriteArrayList<>();
    volatile String passphrase;
    volatile List<String> kbdAnswers;
    volatile String password;
    volatile boolean acceptHostKey;

    @Override
    public String passphrase(Path keyFile) {
        asked.add("passphrase " + keyFile.getFileName());
        return passphrase;
    }

    @Override
    public List<String> keyboardInteractive(String host, String name, String instruction, List<Prompt> prompts) {
        asked.add("kbd " + host + " " + prompts.stream().map(Prompt::text).toList());
        return kbdAnswers;
    }

    @Override
    public String password(String user, String host) {
        asked.add("password " + user + "@" + host);
        return password;
    }

    @Override
    public boolean acceptHostKey(String host, String keyType, String fingerprint) {
        asked.add("hostkey " + host + " " + keyType + " " + fingerprint);
        return acceptHostKey;
    }
}
