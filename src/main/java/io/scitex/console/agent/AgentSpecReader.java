package io.scitex.console.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code spec} mapping (everything but {@code spec.slurm}'s fields) into an {@link AgentSpec}. */
final class AgentSpecReader {
    static final Set<String> KEYS = Set.of("runtime", "model", "workdir", "env", "remote", "claude", "restart", "slurm");
    /** Keys other sac versions read; the console ignores them without a warning. */
    static final Set<String> UPSTREAM_KEYS = Set.of("python-venv", "container", "screen", "health", "watchdog", "hooks",
            "startup_commands", "startup_prompts", "startup", "context_management", "listen", "extensions",
            "mcp_servers", "host", "hosts", "session", "a2a", "proxy", "autonomous", "apptainer", "user",
            "multiplexer", "harness", "provider", "residency", "access");
    static final String TENANT_NEEDS_RESERVATION = "runtime: slurm-tenant requires spec.slurm.reservation to be set "
            + "(name of the scitex-hpc lease this agent should join)";
    private static final Pattern HOST_ALIAS = Pattern.compile("[A-Za-z0-9._@:%+\\[\\]][A-Za-z0-9._@:%+\\[\\]-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Fields fields;
    private final ProblemSink sink;

    AgentSpecReader(Fields fields) {
        this.fields = fields;
        this.sink = fields.sink();
    }

    AgentSpec read(String name, YamlMap spec) {
        spec.warnUnknownKeys(KEYS, UPSTREAM_KEYS);
        AgentRuntime runtime = runtime(spec);
        String model = fields.string(spec, "model", "sonnet");
        String workdir = fields.string(spec, "workdir", AgentSpec.defaultWorkdir(name));
        Map<String, String> env = env(spec);
        List<String> remote = remote(spec);
        ClaudeSpec claude = claude(spec);
        RestartPolicy restart = restart(spec);
        SlurmSpec slurm = new SlurmSpecReader(fields).read(fields.map(spec, "slurm"));
        if (runtime == AgentRuntime.SLURM_TENANT && slurm.reservation().isEmpty()) {
            sink.error(spec.value("runtime").orElseThrow(), TENANT_NEEDS_RESERVATION);
        }
        return new AgentSpec(name, sink.file(), runtime, model, workdir, env, remote, claude, restart, slurm);
    }

    private AgentRuntime runtime(YamlMap spec) {
        Optional<Node> value = spec.present("runtime");
        if (value.isEmpty() || (value.get() instanceof ScalarNode s && s.getValue().isEmpty())) {
            return AgentRuntime.CLAUDE_CODE;
        }
        Optional<AgentRuntime> runtime = value.get() instanceof ScalarNode s && !YamlValues.isBool(s)
                ? AgentRuntime.fromYaml(s.getValue())
                : Optional.empty();
        if (runtime.isEmpty()) {
            sink.error(value.get(), "spec.runtime must be one of " + AgentRuntime.allowedTuple() + ", got '"
                    + YamlValues.show(value.get()) + "'");
            return AgentRuntime.CLAUDE_CODE;
        }
        return runtime.get();
    }

    private Map<String, String> env(YamlMap spec) {
        Map<String, String> env = new LinkedHashMap<>();
        fields.map(spec, "env").ifPresent(map -> {
            for (NodeTuple t : map.node().getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    continue; // reported by YamlMap
                }
                String path = "spec.env." + key.getValue();
                if (!ENV_NAME.matcher(key.getValue()).matches()) {
                    sink.error(key, "spec.env key '" + key.getValue()
                            + "' is not a shell variable name (letters, digits and _, not starting with a digit)");
                } else if (YamlValues.isNull(t.getValueNode())) {
                    env.put(key.getValue(), "");
                } else {
                    fields.scalarText(t.getValueNode(), path, true).ifPresent(v -> env.put(key.getValue(), v));
                }
            }
        });
        return env;
    }

    private List<String> remote(YamlMap spec) {
        Optional<Node> value = spec.present("remote");
        if (value.isEmpty()) {
            return List.of();
        }
        List<Node> items = value.get() instanceof SequenceNode seq ? seq.getValue() : List.of(value.get());
        List<String> hops = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = value.get() instanceof SequenceNode ? "spec.remote[" + i + "]" : "spec.remote";
            Node item = items.get(i);
            Optional<String> hop = fields.scalarText(item, path, false);
            if (hop.isEmpty() || hop.get().isEmpty()) {
                continue;
            }
            if (!HOST_ALIAS.matcher(hop.get()).matches()) {
                sink.error(item, path + " must be an ssh host alias (no spaces, not starting with '-'), got '"
                        + hop.get() + "'");
                continue;
            }
            hops.add(hop.get());
        }
        return hops;
    }

    private ClaudeSpec claude(YamlMap spec) {
        Optional<YamlMap> claude = fields.map(spec, "claude");
        claude.ifPresent(c -> c.warnUnknownKeys(Set.of("flags", "session"), Set.of("provider", "effort")));
        List<String> flags = claude.map(this::flags).orElse(List.of());
        ClaudeSpec.SessionMode session = claude.filter(c -> c.has("session"))
                .map(c -> session(c, "session"))
                .orElseGet(() -> spec.has("session") ? session(spec, "session") : ClaudeSpec.SessionMode.CONTINUE_OR_NEW);
        return new ClaudeSpec(flags, session);
    }

    private List<String> flags(YamlMap claude) {
        Optional<Node> value = claude.present("flags");
        if (value.isEmpty()) {
            return List.of();
        }
        List<Node> items = value.get() instanceof SequenceNode seq ? seq.getValue() : List.of(value.get());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = value.get() instanceof SequenceNode ? "spec.claude.flags[" + i + "]" : "spec.claude.flags";
            Node item = items.get(i);
            Optional<String> text = fields.scalarText(item, path, false);
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.addAll(ShellWords.split(text.get()));
            } catch (ShellWords.SyntaxException e) {
                sink.error(item, path + " cannot be split into words: " + e.getMessage() + " in '" + text.get() + "'");
            }
        }
        return words;
    }

    private ClaudeSpec.SessionMode session(YamlMap map, String key) {
        String allowed = Arrays.stream(ClaudeSpec.SessionMode.values())
                .map(ClaudeSpec.SessionMode::yamlName).collect(Collectors.joining("|"));
        String text = fields.string(map, key, "continue-or-new");
        for (ClaudeSpec.SessionMode mode : ClaudeSpec.SessionMode.values()) {
            if (mode.yamlName().equals(text)) {
                return mode;
            }
        }
        sink.error(map.value(key).orElseThrow(), map.child(key) + " must be " + allowed + ", got '" + text + "'");
        return ClaudeSpec.SessionMode.CONTINUE_OR_NEW;
    }

    private RestartPolicy restart(YamlMap spec) {
        Optional<YamlMap> restart = fields.map(spec, "restart");
        if (restart.isEmpty()) {
            return RestartPolicy.NEVER;
        }
        YamlMap r = restart.get();
        r.warnUnknownKeys(Set.of("policy"), Set.of("max_restarts", "max_attempts", "backoff", "backoff_sec", "delay",
                "window_sec"));
        Optional<Node> value = r.present("policy");
        if (value.isEmpty() || (value.get() instanceof ScalarNode s && s.getValue().isEmpty())) {
            return RestartPolicy.NEVER;
        }
        for (RestartPolicy p : RestartPolicy.values()) {
            if (value.get() instanceof ScalarNode s && !YamlValues.isBool(s) && p.yamlName().equals(s.getValue())) {
                return p;
            }
        }
        sink.error(value.get(), "spec.restart.policy must be never|on-failure|always, got '"
                + YamlValues.show(value.get()) + "'");
        return RestartPolicy.NEVER;
    }
}
