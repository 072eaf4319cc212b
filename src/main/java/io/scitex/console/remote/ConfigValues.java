package io.scitex.console.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values collected while walking a config for one host: first value wins, IdentityFile accumulates. */
final class ConfigValues {
    private static final Path COMMAND_LINE = Path.of("<command line>");
    private static final List<String> DEFAULT_IDENTITIES = List.of("~/.ssh/id_rsa", "~/.ssh/id_ecdsa",
            "~/.ssh/id_ecdsa_sk", "~/.ssh/id_ed25519", "~/.ssh/id_ed25519_sk", "~/.ssh/id_xmss", "~/.ssh/id_dsa");

    private final LocalUser local;
    private final Map<String, ConfigLine> first = new HashMap<>();
    private final List<ConfigLine> identityFiles = new ArrayList<>();

    ConfigValues(LocalUser local) {
        this.local = local;
    }

    void override(String keyword, String value) {
        first.put(keyword, new ConfigLine(COMMAND_LINE, 0, 0, keyword, List.of(value)));
    }

    void offer(ConfigLine line) {
        String k = line.keyword();
        if (line.args().isEmpty()) {
            throw line.error("missing argument");
        }
        if (k.equals("identityfile")) {
            identityFiles.add(line);
        } else if (k.equals("proxyjump") && first.containsKey("proxycommand")
                || k.equals("proxycommand") && first.containsKey("proxyjump")) {
            return; // OpenSSH: whichever of the two comes first disables the other
        } else {
            first.putIfAbsent(k, line);
        }
    }

    /** The host name as it stands now (for Match host): HostName's %h expanded, lower-cased as ssh does. */
    String currentHostName(String alias) {
        ConfigLine h = first.get("hostname");
        String name = h == null ? alias : SshTokens.hostName(h, h.first(), alias);
        return name.toLowerCase(Locale.ROOT);
    }

    /** The remote user as it stands now (for Match user). */
    String currentUser() {
        ConfigLine u = first.get("user");
        return u == null ? local.name() : u.first();
    }

    HostConfig build(String alias) {
        String hostName = currentHostName(alias);
        String user = currentUser();
        int port = port();
        SshTokens tokens = SshTokens.of(local, alias, hostName, port, user);
        List<Path> ids = new ArrayList<>();
        for (ConfigLine l : identityFiles) {
            ids.add(Path.of(tokens.path(l, l.first())));
        }
        if (identityFiles.isEmpty()) {
            DEFAULT_IDENTITIES.forEach(d -> ids.add(Path.of(local.home() + d.substring(1))));
        }
        return new HostConfig(alias, hostName, port, user, ids, yesNo("identitiesonly", false), jumps(),
                noneIsNull(rest("proxycommand")), time("connecttimeout"),
                orZero(time("serveraliveinterval")), integer("serveralivecountmax", 3),
                files("userknownhostsfile", tokens, "~/.ssh/known_hosts ~/.ssh/known_hosts2"),
                files("globalknownhostsfile", tokens, "/etc/ssh/ssh_known_hosts /etc/ssh/ssh_known_hosts2"),
                strictHostKeyChecking(), identityAgent(tokens));
    }

    private String identityAgent(SshTokens tokens) {
        ConfigLine l = first.get("identityagent");
        if (l == null || l.first().equals("SSH_AUTH_SOCK")) {
            return null;
        }
        return l.first().equalsIgnoreCase("none") ? "none" : tokens.path(l, l.first());
    }

    private String value(String k, String dflt) {
        ConfigLine l = first.get(k);
        return l == null ? dflt : l.first();
    }

    private String rest(String k) {
        ConfigLine l = first.get(k);
        return l == null ? null : String.join(" ", l.args());
    }

    private int port() {
        int p = integer("port", 22);
        if (p < 1 || p > 65535) {
            throw first.get("port").error("bad port '" + p + "'");
        }
        return p;
    }

    private int integer(String k, int dflt) {
        ConfigLine l = first.get(k);
        if (l == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(l.first());
        } catch (NumberFormatException e) {
            throw l.error("not a number: '" + l.first() + "'");
        }
    }

    private boolean yesNo(String k, boolean dflt) {
        ConfigLine l = first.get(k);
        if (l == null) {
            return dflt;
        }
        return switch (l.first().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw l.error("expected yes or no, got '" + l.first() + "'");
        };
    }

    private String strictHostKeyChecking() {
        ConfigLine l = first.get("stricthostkeychecking");
        if (l == null) {
            return "ask";
        }
        return switch (l.first().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> "true";
            case "no", "false", "off" -> "false";
            case "ask" -> "ask";
            case "accept-new" -> "accept-new";
            default -> throw l.error("expected yes, no, ask or accept-new, got '" + l.first() + "'");
        };
    }

    private Duration time(String k) {
        ConfigLine l = first.get(k);
        if (l == null || l.first().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return SshTime.parse(l.first());
        } catch (IllegalArgumentException e) {
            throw l.error(e.getMessage());
        }
    }

    private List<JumpHost> jumps() {
        ConfigLine l = first.get("proxyjump");
        if (l == null || l.first().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<JumpHost> out = new ArrayList<>();
        for (String hop : l.first().split(",")) {
            try {
                out.add(JumpHost.parse(hop));
            } catch (IllegalArgumentException e) {
                throw l.error(e.getMessage());
            }
        }
        return out;
    }

    private List<Path> files(String k, SshTokens tokens, String dflt) {
        ConfigLine l = first.get(k);
        List<String> raw = l == null ? List.of(dflt.split(" ")) : l.args();
        if (raw.size() == 1 && raw.get(0).equalsIgnoreCase("none")) {
            return List.of();
        }
        ConfigLine at = l != null ? l : new ConfigLine(COMMAND_LINE, 0, 0, k, raw);
        return raw.stream().map(r -> Path.of(tokens.path(at, r))).toList();
    }

    private static String noneIsNull(String v) {
        return v == null || v.equalsIgnoreCase("none") ? null : v;
    }

    private static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }
}
