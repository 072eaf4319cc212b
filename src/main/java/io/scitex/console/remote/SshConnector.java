package io.scitex.console.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.Config;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;

/** Opens an authenticated {@link Link} to a host alias, through its ProxyJump hops via direct-tcpip channels. */
final class SshConnector {
    private static final int MAX_HOPS = 10;

    private final SshConfig sshConfig;
    private final Config clientConfig;
    private final SshAuth auth;
    private final Prompter prompter;
    private final SshOptions options;

    SshConnector(SshConfig sshConfig, Config clientConfig, SshAuth auth, Prompter prompter, SshOptions options) {
        this.sshConfig = sshConfig;
        this.clientConfig = clientConfig;
        this.auth = auth;
        this.prompter = prompter;
        this.options = options;
    }

    Link open(String alias) throws RemoteException {
        HostConfig target = withChain(resolve(HostChain.target(alias), null, -1), alias);
        List<HostConfig> hops = hops(target);
        List<SSHClient> jumps = new ArrayList<>();
        SSHClient previous = null;
        try {
            for (HostConfig hop : hops) {
                previous = connect(hop, previous, alias);
                jumps.add(previous);
            }
            SSHClient client = connect(target, previous, alias);
            return new Link(target, client, jumps);
        } catch (RemoteException | RuntimeException e) {
            for (int i = jumps.size() - 1; i >= 0; i--) {
                quietly(jumps.get(i));
            }
            throw e;
        }
    }

    private HostConfig resolve(String alias, String user, int port) throws RemoteException {
        try {
            HostConfig cfg = sshConfig.resolve(alias, user, port);
            if (cfg.proxyCommand() != null) {
                throw new RemoteException(alias, alias + ": ProxyCommand is not supported by the console ("
                        + cfg.proxyCommand() + "); use ProxyJump in " + sshConfig.file());
            }
            return cfg;
        } catch (SshConfigException e) {
            throw new RemoteException(alias, alias + ": " + e.getMessage(), e);
        }
    }

    /** The target with the ad-hoc hops of a {@link HostChain} in place of its own ProxyJump. */
    private static HostConfig withChain(HostConfig h, String alias) throws RemoteException {
        List<String> hops = HostChain.jumps(alias);
        if (hops.isEmpty()) {
            return h;
        }
        List<JumpHost> jumps = new ArrayList<>();
        try {
            hops.forEach(s -> jumps.add(JumpHost.parse(s)));
        } catch (IllegalArgumentException e) {
            throw new RemoteException(alias, alias + ": " + e.getMessage(), e);
        }
        return new HostConfig(h.alias(), h.hostName(), h.port(), h.user(), h.identityFiles(), h.identitiesOnly(),
                jumps, null, h.connectTimeout(), h.serverAliveInterval(), h.serverAliveCountMax(),
                h.userKnownHostsFiles(), h.globalKnownHostsFiles(), h.strictHostKeyChecking(), h.identityAgent());
    }

    /** The hops before the target; the first hop's own ProxyJump is honoured, later hops' are not (as ssh -J). */
    private List<HostConfig> hops(HostConfig target) throws RemoteException {
        return chain(target, target.alias(), 0);
    }

    private List<HostConfig> chain(HostConfig h, String alias, int depth) throws RemoteException {
        List<HostConfig> out = new ArrayList<>();
        if (h.proxyJump().isEmpty()) {
            return out;
        }
        if (depth >= MAX_HOPS) {
            throw new RemoteException(alias, alias + ": ProxyJump chain deeper than " + MAX_HOPS + " (a loop?)");
        }
        for (int i = 0; i < h.proxyJump().size(); i++) {
            JumpHost j = h.proxyJump().get(i);
            HostConfig hop = resolve(j.host(), j.user(), j.port());
            if (i == 0) {
                out.addAll(chain(hop, alias, depth + 1));
            }
            out.add(withoutJumps(hop));
        }
        return out;
    }

    private static HostConfig withoutJumps(HostConfig h) {
        return new HostConfig(h.alias(), h.hostName(), h.port(), h.user(), h.identityFiles(), h.identitiesOnly(),
                List.of(), null, h.connectTimeout(), h.serverAliveInterval(), h.serverAliveCountMax(),
                h.userKnownHostsFiles(), h.globalKnownHostsFiles(), h.strictHostKeyChecking(), h.identityAgent());
    }

    private SSHClient connect(HostConfig cfg, SSHClient via, String forAlias) throws RemoteException {
        HostKeyPolicy policy = options.hostKeyPolicy() != null ? options.hostKeyPolicy()
                : HostKeyPolicy.fromStrictHostKeyChecking(cfg.strictHostKeyChecking());
        List<java.nio.file.Path> userFiles = options.knownHosts() != null ? List.of(options.knownHosts())
                : cfg.userKnownHostsFiles();
        HostKeyCheck check = new HostKeyCheck(new KnownHosts(userFiles, cfg.globalKnownHostsFiles()), policy, prompter);
        SSHClient c = new SSHClient(clientConfig);
        c.addHostKeyVerifier(check);
        Duration ct = cfg.connectTimeout() != null ? cfg.connectTimeout() : options.connectTimeout();
        c.setConnectTimeout((int) ct.toMillis());
        // the same bound on each read of the banner and key exchange: a host that accepts TCP and never answers
        // would otherwise hold this thread (and the host's connection lock) forever; lifted once connected, so a
        // login prompt may wait for the user and keepalives watch the link (docs/decisions/0410)
        c.setTimeout((int) ct.toMillis());
        String what = cfg.user() + "@" + cfg.hostName() + ":" + cfg.port()
                + (cfg.alias().equals(forAlias) ? "" : " (ProxyJump hop " + cfg.alias() + ")");
        try {
            if (via == null) {
                c.connect(cfg.hostName(), cfg.port());
                c.getSocket().setSoTimeout(0);
            } else {
                c.connectVia(via.newDirectConnection(cfg.hostName(), cfg.port()));
            }
        } catch (IOException e) {
            quietly(c);
            if (check.refusal() != null) {
                throw new HostKeyRefusedException(forAlias, forAlias + ": " + check.refusal(), e);
            }
            throw new RemoteException(forAlias, forAlias + ": cannot connect to " + what + ": " + describe(e), e);
        }
        try {
            auth.login(c, cfg);
            return c;
        } catch (UserAuthException | TransportException e) {
            quietly(c);
            throw new RemoteException(forAlias, forAlias + ": " + what + ": " + describe(e), e);
        } catch (IOException e) {
            quietly(c);
            throw new RemoteException(forAlias, forAlias + ": login to " + what + " failed: " + describe(e), e);
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && (m == null || !m.contains(c.getMessage()))) {
            m = (m == null ? "" : m + ": ") + c.getMessage();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static void quietly(SSHClient c) {
        try {
            c.disconnect();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
