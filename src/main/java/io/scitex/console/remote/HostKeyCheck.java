package io.scitex.console.remote;

import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a server's host key against known_hosts under a {@link HostKeyPolicy}. When it refuses, {@link #refusal()}
 * says why (sshj's own exception only says that verification failed).
 */
final class HostKeyCheck implements HostKeyVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyCheck.class);

    private final KnownHosts knownHosts;
    private final HostKeyPolicy policy;
    private final Prompter prompter;
    private volatile String refusal;

    HostKeyCheck(KnownHosts knownHosts, HostKeyPolicy policy, Prompter prompter) {
        this.knownHosts = knownHosts;
        this.policy = policy;
        this.prompter = prompter;
    }

    /** Why the last check refused the key, or null. */
    String refusal() {
        return refusal;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        String host = KnownHosts.hostField(hostname, port);
        String type = KeyType.fromKey(key).toString();
        byte[] blob = Fingerprint.blob(key);
        String fp = Fingerprint.sha256(blob);
        List<KnownHostEntry> entries = knownHosts.entriesFor(host);
        for (KnownHostEntry e : entries) {
            if (e.revoked() && e.sameKey(blob)) {
                return refuse("host key " + fp + " of " + host + " is marked @revoked in " + e.where());
            }
        }
        if (entries.stream().anyMatch(e -> !e.revoked() && !e.certAuthority() && e.sameKey(blob))) {
            return true;
        }
        for (KnownHostEntry e : entries) {
            if (!e.revoked() && !e.certAuthority() && e.keyType().equals(type)) {
                return refuse("REMOTE HOST IDENTIFICATION HAS CHANGED for " + host + ": the server offers " + type
                        + " key " + fp + " but " + e.where() + " holds " + e.fingerprint()
                        + "; refusing to connect. If the host key was really replaced, remove that line"
                        + " (ssh-keygen -R '" + host + "' -f " + e.file() + ") and connect again");
            }
        }
        return unknown(host, type, blob, fp);
    }

    private boolean unknown(String host, String type, byte[] blob, String fp) {
        boolean accept = switch (policy) {
            case STRICT -> false;
            case ACCEPT_NEW -> true;
            case ASK -> prompter.acceptHostKey(host, type, fp);
        };
        if (!accept) {
            String why = policy == HostKeyPolicy.ASK ? "it was not accepted (or there was nobody to ask)"
                    : "the policy is " + policy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return refuse("host key of " + host + " is not known (" + type + " " + fp + ") and " + why + "; add it to "
                    + knownHosts.describeFiles() + " after checking the fingerprint with the site, e.g. by running "
                    + "'ssh " + host + "' once");
        }
        try {
            LOG.info("recorded host key {} {} of {} in {}", type, fp, host, knownHosts.append(host, type, blob));
            refusal = null;
            return true;
        } catch (IOException e) {
            return refuse("host key of " + host + " accepted but could not be recorded: " + e.getMessage());
        }
    }

    private boolean refuse(String why) {
        refusal = why;
        LOG.warn(why);
        return false;
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        Set<String> algs = new LinkedHashSet<>();
        for (KnownHostEntry e : knownHosts.entriesFor(KnownHosts.hostField(hostname, port))) {
            if (e.revoked() || e.certAuthority()) {
                continue;
            }
            if (e.keyType().equals("ssh-rsa")) {
                algs.addAll(List.of("rsa-sha2-512", "rsa-sha2-256"));
            }
            algs.add(e.keyType());
        }
        return new ArrayList<>(algs);
    }
}
