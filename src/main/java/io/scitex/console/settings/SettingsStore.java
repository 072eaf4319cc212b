package io.scitex.console.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scitex.console.agent.KeySuggestions;
import io.scitex.console.agent.Problem;
import io.scitex.console.settings.JsonObjectReader.Located;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes {@code console/settings.json}. No file means {@link ConsoleSettings#DEFAULTS}; a broken file or a
 * bad value gives the default for that value plus a located problem. Environment overrides apply only through
 * {@link #effective}, so saving never copies them into the file.
 */
public final class SettingsStore {
    public static final String HOST_ENV = "SCITEX_HPC_HOST";
    public static final String SSH_CONFIG_ENV = "SAC_SSH_CONFIG";
    public static final String KNOWN_HOSTS_ENV = "SAC_KNOWN_HOSTS";
    static final Set<String> KEYS = Set.of("default_host", "extra_agent_folders", "ssh_config", "known_hosts",
            "host_key_policy", "poll_active_seconds", "poll_idle_seconds", "stalled_after_minutes",
            "auto_restart_lost_tenants", "theme", "log_view_lines");

    private final ConsolePaths paths;
    private final AtomicFile atomicFile;

    public SettingsStore(ConsolePaths paths) {
        this(paths, new AtomicFile());
    }

    public SettingsStore(ConsolePaths paths, AtomicFile atomicFile) {
        this.paths = paths;
        this.atomicFile = atomicFile;
    }

    /** Settings and the problems met reading them. */
    public record Loaded(ConsoleSettings settings, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The file's settings, defaults for whatever is missing or wrong (without environment overrides). */
    public Loaded load() {
        Path file = paths.settingsFile();
        if (!Files.exists(file)) {
            return new Loaded(ConsoleSettings.DEFAULTS, List.of());
        }
        Map<String, Located> entries;
        try {
            entries = JsonObjectReader.read(file);
        } catch (JsonObjectReader.BadJsonException e) {
            return new Loaded(ConsoleSettings.DEFAULTS, List.of(e.problem()));
        }
        return new SettingsParser(file, entries).parse();
    }

    /** The settings to use: the file's, then {@code SCITEX_HPC_HOST}, {@code SAC_SSH_CONFIG}, {@code SAC_KNOWN_HOSTS}. */
    public Loaded effective() {
        Loaded loaded = load();
        return new Loaded(withEnvironment(loaded.settings(), paths.env()), loaded.problems());
    }

    /** {@code settings} with the environment's overrides applied. */
    public static ConsoleSettings withEnvironment(ConsoleSettings settings, Map<String, String> env) {
        ConsoleSettings s = settings;
        String host = env.get(HOST_ENV);
        if (host != null && !host.isBlank()) {
            s = s.withDefaultHost(host.strip());
        }
        String config = env.getOrDefault(SSH_CONFIG_ENV, "");
        String known = env.getOrDefault(KNOWN_HOSTS_ENV, "");
        return s.withSsh(config.isBlank() ? s.sshConfig() : config, known.isBlank() ? s.knownHosts() : known);
    }

    /** Writes {@code settings} atomically. */
    public void save(ConsoleSettings settings) throws IOException {
        ObjectNode json = JsonObjectReader.MAPPER.createObjectNode();
        json.put("default_host", settings.defaultHost());
        settings.extraAgentFolders().forEach(json.putArray("extra_agent_folders")::add);
        json.put("ssh_config", settings.sshConfig());
        json.put("known_hosts", settings.knownHosts());
        json.put("host_key_policy", settings.hostKeyPolicy().jsonName());
        json.put("poll_active_seconds", settings.pollActiveSeconds());
        json.put("poll_idle_seconds", settings.pollIdleSeconds());
        json.put("stalled_after_minutes", settings.stalledAfterMinutes());
        json.put("auto_restart_lost_tenants", settings.autoRestartLostTenants());
        json.put("theme", settings.theme().jsonName());
        json.put("log_view_lines", settings.logViewLines());
        atomicFile.write(paths.settingsFile(), (PythonJson.dumps(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Turns the located JSON entries into settings, one check per key. */
    private static final class SettingsParser {
        private final Path file;
        private final Map<String, Located> entries;
        private final List<Problem> problems = new ArrayList<>();

        SettingsParser(Path file, Map<String, Located> entries) {
            this.file = file;
            this.entries = entries;
        }

        Loaded parse() {
            ConsoleSettings d = ConsoleSettings.DEFAULTS;
            entries.forEach((key, at) -> {
                if (!KEYS.contains(key)) {
                    String hint = KeySuggestions.closest(key, KEYS).map(s -> "; did you mean '" + s + "'?").orElse(" (ignored)");
                    problems.add(Problem.warning(file, at.line(), at.column(), "unknown key '" + key + "'" + hint));
                }
            });
            ConsoleSettings s = new ConsoleSettings(
                    text("default_host", d.defaultHost()),
                    folders(),
                    text("ssh_config", d.sshConfig()),
                    text("known_hosts", d.knownHosts()),
                    choice("host_key_policy", d.hostKeyPolicy(), ConsoleSettings.HostKeyPolicy::fromJson, "strict|ask|accept-new"),
                    positive("poll_active_seconds", d.pollActiveSeconds()),
                    positive("poll_idle_seconds", d.pollIdleSeconds()),
                    positive("stalled_after_minutes", d.stalledAfterMinutes()),
                    bool("auto_restart_lost_tenants", d.autoRestartLostTenants()),
                    choice("theme", d.theme(), ConsoleSettings.Theme::fromJson, "light|dark"),
                    lines("log_view_lines", d.logViewLines()));
            return new Loaded(s, problems);
        }

        private Optional<JsonNode> value(String key, String expected, Function<JsonNode, Boolean> ok) {
            Located at = entries.get(key);
            if (at == null || at.value().isNull()) {
                return Optional.empty();
            }
            if (!ok.apply(at.value())) {
                problems.add(Problem.error(file, at.line(), at.column(),
                        key + " must be " + expected + ", got " + JsonObjectReader.typeName(at.value())
                                + (at.value().isValueNode() ? " " + at.value() : "")));
                return Optional.empty();
            }
            return Optional.of(at.value());
        }

        private String text(String key, String def) {
            return value(key, "a string", JsonNode::isTextual).map(JsonNode::textValue).orElse(def);
        }

        private boolean bool(String key, boolean def) {
            return value(key, "true or false", JsonNode::isBoolean).map(JsonNode::booleanValue).orElse(def);
        }

        private int positive(String key, int def) {
            return value(key, "a positive whole number", n -> n.canConvertToInt() && n.isIntegralNumber() && n.intValue() > 0)
                    .map(JsonNode::intValue).orElse(def);
        }

        private int lines(String key, int def) {
            return value(key, "a whole number of lines from 1 to " + ConsoleSettings.MAX_LOG_VIEW_LINES,
                    n -> n.canConvertToInt() && n.isIntegralNumber() && n.intValue() > 0
                            && n.intValue() <= ConsoleSettings.MAX_LOG_VIEW_LINES)
                    .map(JsonNode::intValue).orElse(def);
        }

        private <T> T choice(String key, T def, Function<String, Optional<T>> parse, String allowed) {
            return value(key, allowed, n -> n.isTextual() && parse.apply(n.textValue()).isPresent())
                    .flatMap(n -> parse.apply(n.textValue())).orElse(def);
        }

        private List<String> folders() {
            return value("extra_agent_folders", "a list of strings",
                    n -> n.isArray() && java.util.stream.StreamSupport.stream(n.spliterator(), false).allMatch(JsonNode::isTextual))
                    .map(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false).map(JsonNode::textValue).toList())
                    .orElse(List.of());
        }
    }
}
