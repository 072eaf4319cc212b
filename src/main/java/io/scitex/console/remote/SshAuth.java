package io.scitex.console.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.Service;
import net.schmizz.sshj.userauth.UserAuth;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthNone;
import net.schmizz.sshj.userauth.method.AuthPassword;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import net.schmizz.sshj.userauth.password.PasswordFinder;
import net.schmizz.sshj.userauth.password.Resource;

/**
 * Logs a connected client in, in OpenSSH's order: agent keys, key files, keyboard-interactive, password. A method
 * the server does not offer is never tried, so nobody is asked for a password the server would not take.
 */
final class SshAuth {
    private final KeyCache keys;
    private final Prompter prompter;
    SshAuth(KeyCache keys, Prompter prompter) {
        this.keys = keys;
        this.prompter = prompter;
    }

    void login(SSHClient client, HostConfig cfg) throws IOException {
        UserAuth auth = client.getUserAuth();
        Service next = (Service) client.getConnection();
        int timeout = client.getTransport().getTimeoutMs();
        try {
            if (auth.authenticate(cfg.user(), next, new AuthNone(), timeout)) {
                return;
            }
        } catch (UserAuthException e) {
            // "none" fails normally; it only tells which methods the server offers
        }
        List<String> failures = new ArrayList<>();
        for (AuthMethod m : methods(cfg)) {
            if (!auth.getAllowedMethods().contains(m.getName())) {
                continue;
            }
            try {
                if (auth.authenticate(cfg.user(), next, m, timeout)) {
                    return;
                }
            } catch (UserAuthException e) {
                failures.add(m.getName() + ": " + e.getMessage());
            }
        }
        throw new UserAuthException("authentication as " + cfg.user() + " failed (server offers "
                + String.join(",", auth.getAllowedMethods()) + ")" + (failures.isEmpty() ? "" : "; " + failures)
                + identityNotes(cfg));
    }

    /** What became of the identity files of the config, as OpenSSH's {@code -v} would tell. */
    private static String identityNotes(HostConfig cfg) {
        List<String> missing = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        for (Path f : cfg.identityFiles()) {
            (java.nio.file.Files.isRegularFile(f) ? tried : missing).add(f.toString());
        }
        StringBuilder b = new StringBuilder();
        if (!missing.isEmpty()) {
            b.append("; identity file ").append(String.join(", ", missing)).append(missing.size() == 1 ? " does" : " do")
                    .append(" not exist");
        }
        if (!tried.isEmpty()) {
            b.append("; key ").append(String.join(", ", tried)).append(" not accepted");
        }
        return b.toString();
    }

    private List<AuthMethod> methods(HostConfig cfg) {
        List<AuthMethod> out = new ArrayList<>();
        if (!cfg.identitiesOnly()) {
            out.addAll(SshAgent.forConfig(cfg).methods());
        }
        for (Path f : cfg.identityFiles()) {
            KeyProvider kp = keys.get(f);
            if (kp != null) {
                out.add(new AuthPublickey(kp));
            }
        }
        out.add(new KeyboardInteractiveAuth(prompter, cfg.alias()));
        out.add(new AuthPassword(new PasswordFinder() {
            @Override
            public char[] reqPassword(Resource<?> resource) {
                String p = prompter.password(cfg.user(), cfg.alias());
                return p == null ? null : p.toCharArray();
            }

            @Override
            public boolean shouldRetry(Resource<?> resource) {
                return false;
            }
        }));
        return out;
    }
}
