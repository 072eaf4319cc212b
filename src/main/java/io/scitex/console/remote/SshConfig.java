package io.scitex.console.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenSSH client configuration: resolves a host alias as {@code ssh -G} does (Host/Match blocks, first value
 * wins, several IdentityFile, Include). Files are read once and cached.
 */
public final class SshConfig {
    private static final int MAX_INCLUDE_DEPTH = 16;

    private final Path file;
    private final LocalUser local;
    private final Map<Path, List<ConfigLine>> cache = new ConcurrentHashMap<>();

    private SshConfig(Path file, LocalUser local) {
        this.file = file;
        this.local = local;
    }

    /** An explicit config file (like {@code ssh -F file}); it must exist. */
    public static SshConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SshConfigException("ssh config " + file + " does not exist", null);
        }
        return new SshConfig(file, LocalUser.current());
    }

    /** A config file that may be missing, which means OpenSSH's defaults (as {@code ~/.ssh/config}). */
    public static SshConfig loadIfPresent(Path file) {
        return new SshConfig(file, LocalUser.current());
    }

    /** The user's {@code ~/.ssh/config}; a missing file means OpenSSH's defaults. */
    public static SshConfig userDefault() {
        return new SshConfig(Path.of(System.getProperty("user.home"), ".ssh", "config"), LocalUser.current());
    }

    /** For tests: a file resolved for another local user. */
    static SshConfig load(Path file, LocalUser local) {
        return new SshConfig(file, local);
    }

    /** The file this config was read from. */
    public Path file() {
        return file;
    }

    /** How to reach {@code alias}. */
    public HostConfig resolve(String alias) {
        return resolve(alias, null, -1);
    }

    /** How to reach {@code alias} with a user and port given outside the file (they win, as on ssh's command line). */
    public HostConfig resolve(String alias, String user, int port) {
        ConfigValues values = new ConfigValues(local);
        if (user != null) {
            values.override("user", user);
        }
        if (port > 0) {
            values.override("port", Integer.toString(port));
        }
        if (Files.isRegularFile(file)) {
            walk(file, alias, values, true, 0);
        }
        return values.build(alias);
    }

    private void walk(Path f, String alias, ConfigValues values, boolean startActive, int depth) {
        boolean active = startActive;
        for (ConfigLine line : lines(f)) {
            switch (line.keyword()) {
                case "host" -> {
                    if (line.args().isEmpty()) {
                        throw line.error("missing host pattern");
                    }
                    active = startActive && HostPattern.hostLine(alias, line.args());
                }
                case "match" -> active = startActive && MatchBlock.matches(line, alias, values, local);
                case "include" -> include(line, alias, values, active, depth);
                default -> {
                    if (active) {
                        values.offer(line);
                    }
                }
            }
        }
    }

    private void include(ConfigLine line, String alias, ConfigValues values, boolean active, int depth) {
        if (depth >= MAX_INCLUDE_DEPTH) {
            throw line.error("Include nested too deeply");
        }
        if (line.args().isEmpty()) {
            throw line.error("missing file name");
        }
        for (String arg : line.args()) {
            for (Path p : IncludeGlob.expand(arg, local.home())) {
                walk(p, alias, values, active, depth + 1);
            }
        }
    }

    private List<ConfigLine> lines(Path f) {
        return cache.computeIfAbsent(f.toAbsolutePath().normalize(), SshConfigReader::read);
    }

    /** Every alias named literally (no wildcard, no negation) by a Host line, in file order; for host pickers. */
    public List<String> aliases() {
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (ConfigLine l : lines(file)) {
                if (l.keyword().equals("host")) {
                    l.args().stream().filter(a -> !a.contains("*") && !a.contains("?") && !a.startsWith("!"))
                            .filter(a -> !out.contains(a)).forEach(out::add);
                }
            }
        }
        return out;
    }
}
