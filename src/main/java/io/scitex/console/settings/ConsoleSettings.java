package io.scitex.console.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's own settings ({@code ~/.scitex/agent-container/console/settings.json}). Paths are kept as written
 * ({@code ~} allowed); resolve them with {@link ConsolePaths#expand}.
 *
 * @param defaultHost ssh alias used when an agent names no host; empty when unset
 * @param logViewLines how many lines the window's Log pane keeps per agent (the oldest fall off); 100,000 unless set
 */
public record ConsoleSettings(
        String defaultHost,
        List<String> extraAgentFolders,
        String sshConfig,
        String knownHosts,
        HostKeyPolicy hostKeyPolicy,
        int pollActiveSeconds,
        int pollIdleSeconds,
        int stalledAfterMinutes,
        boolean autoRestartLostTenants,
        Theme theme,
        int logViewLines) {

    public static final int DEFAULT_LOG_VIEW_LINES = 100_000;
    /** The most lines a log view may keep (about 1 GB of heap for long lines). */
    public static final int MAX_LOG_VIEW_LINES = 5_000_000;

    public static final ConsoleSettings DEFAULTS = new ConsoleSettings(
            "", List.of(), "~/.ssh/config", "~/.ssh/known_hosts", HostKeyPolicy.ASK, 5, 15, 10, false, Theme.LIGHT);

    public ConsoleSettings {
        extraAgentFolders = List.copyOf(extraAgentFolders);
    }

    /** Settings with the default log view cap. */
    public ConsoleSettings(String defaultHost, List<String> extraAgentFolders, String sshConfig, String knownHosts,
            HostKeyPolicy hostKeyPolicy, int pollActiveSeconds, int pollIdleSeconds, int stalledAfterMinutes,
            boolean autoRestartLostTenants, Theme theme) {
        this(defaultHost, extraAgentFolders, sshConfig, knownHosts, hostKeyPolicy, pollActiveSeconds, pollIdleSeconds,
                stalledAfterMinutes, autoRestartLostTenants, theme, DEFAULT_LOG_VIEW_LINES);
    }

    /** What to do with a host key not yet in known_hosts (a changed key is always refused). */
    public enum HostKeyPolicy {
        STRICT,
        ASK,
        ACCEPT_NEW;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<HostKeyPolicy> fromJson(String text) {
            for (HostKeyPolicy p : values()) {
                if (p.jsonName().equals(text)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** The window theme. */
    public enum Theme {
        LIGHT,
        DARK;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Theme> fromJson(String text) {
            for (Theme t : values()) {
                if (t.jsonName().equals(text)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public ConsoleSettings withDefaultHost(String host) {
        return new ConsoleSettings(host, extraAgentFolders, sshConfig, knownHosts, hostKeyPolicy, pollActiveSeconds,
                pollIdleSeconds, stalledAfterMinutes, autoRestartLostTenants, theme, logViewLines);
    }

    public ConsoleSettings withExtraAgentFolders(List<String> folders) {
        return new ConsoleSettings(defaultHost, folders, sshConfig, knownHosts, hostKeyPolicy, pollActiveSeconds,
                pollIdleSeconds, stalledAfterMinutes, autoRestartLostTenants, theme, logViewLines);
    }

    public ConsoleSettings withSsh(String config, String knownHostsFile) {
        return new ConsoleSettings(defaultHost, extraAgentFolders, config, knownHostsFile, hostKeyPolicy,
                pollActiveSeconds, pollIdleSeconds, stalledAfterMinutes, autoRestartLostTenants, theme, logViewLines);
    }

    public ConsoleSettings withTheme(Theme newTheme) {
        return new ConsoleSettings(defaultHost, extraAgentFolders, sshConfig, knownHosts, hostKeyPolicy,
                pollActiveSeconds, pollIdleSeconds, stalledAfterMinutes, autoRestartLostTenants, newTheme,
                logViewLines);
    }

    public ConsoleSettings withLogViewLines(int lines) {
        return new ConsoleSettings(defaultHost, extraAgentFolders, sshConfig, knownHosts, hostKeyPolicy,
                pollActiveSeconds, pollIdleSeconds, stalledAfterMinutes, autoRestartLostTenants, theme, lines);
    }
}
