package io.scitex.console.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads one agent YAML ({@code <name>/<name>.yaml}, {@code apiVersion: scitex-agent-container/v3},
 * {@code kind: Agent}) into an {@link AgentSpec}, reporting every mistake with its file, line and column. Upstream's
 * error texts are kept verbatim after the location.
 */
public final class AgentYaml {
    public static final String API_VERSION = "scitex-agent-container/v3";
    static final Set<String> TOP_KEYS = Set.of("apiVersion", "kind", "metadata", "spec");
    static final String METADATA_NAME = "metadata.name is no longer accepted; the agent name is derived from the "
            + "parent directory (dir-as-SSoT). Remove the metadata.name field and ensure the YAML lives at "
            + "<name>/<name>.yaml.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private AgentYaml() {}

    /** The agent (present only when there is no error) and every problem found, in reading order. */
    public record LoadResult(Optional<AgentSpec> agent, List<Problem> problems) {
        public LoadResult {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Reads, checks and converts {@code file}; never throws for bad content. */
    public static LoadResult load(Path file) {
        ProblemSink sink = new ProblemSink(file);
        String name = agentName(file);
        checkName(file, name, sink);
        Optional<AgentSpec> spec = YamlSource.compose(sink).flatMap(root -> read(name, root, sink));
        return new LoadResult(sink.hasErrors() ? Optional.empty() : spec, sink.sorted());
    }

    /** The agent name: the YAML's parent directory (dir-as-SSoT). */
    public static String agentName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    /** Whether {@code name} may name an agent: it becomes tmux session and file names. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    private static void checkName(Path file, String name, ProblemSink sink) {
        if (!isValidName(name)) {
            sink.fileError("agent name '" + name + "' (the directory name) may hold only letters, digits, '.', '_' "
                    + "and '-': it becomes tmux session and file names");
        }
        String fileName = String.valueOf(file.getFileName());
        if (!fileName.equals(name + ".yaml") && !fileName.equals(name + ".yml")) {
            sink.add(Problem.warning(file, 0, 0, "file name '" + fileName + "' does not match its directory '"
                    + name + "'; agents are found only at <name>/<name>.yaml"));
        }
    }

    private static Optional<AgentSpec> read(String name, Node root, ProblemSink sink) {
        Optional<YamlMap> doc = YamlMap.of("", root, sink);
        if (doc.isEmpty()) {
            sink.error(root, "Config file is not a YAML mapping: " + sink.file().toAbsolutePath().normalize());
            return Optional.empty();
        }
        YamlMap d = doc.get();
        Fields fields = new Fields(sink);
        d.warnUnknownKeys(TOP_KEYS, Set.of());
        Optional<Node> api = d.value("apiVersion");
        if (api.isEmpty() || !isText(api.get(), API_VERSION)) {
            sink.error(api.orElse(root), "apiVersion must be one of ('" + API_VERSION + "',), got '"
                    + api.map(YamlValues::show).orElse("None") + "'");
        }
        Optional<Node> kind = d.value("kind");
        if (kind.isEmpty() || !isText(kind.get(), "Agent")) {
            sink.error(kind.orElse(root), "kind must be 'Agent', got '" + kind.map(YamlValues::show).orElse("None") + "'");
        }
        d.present("metadata").ifPresent(metadata -> {
            Optional<YamlMap> m = YamlMap.of("metadata", metadata, sink);
            if (m.isEmpty()) {
                sink.error(metadata, "metadata, if present, must be a mapping");
            } else {
                m.get().keyNode("name").ifPresent(key -> sink.error(key, METADATA_NAME));
            }
        });
        Optional<YamlMap> spec = d.present("spec").flatMap(s -> YamlMap.of("spec", s, sink));
        if (spec.isEmpty()) {
            sink.error(d.value("spec").orElse(root), "spec is required and must be a mapping");
            return Optional.empty();
        }
        return Optional.of(new AgentSpecReader(fields).read(name, spec.get()));
    }

    private static boolean isText(Node node, String expected) {
        return node instanceof ScalarNode s && !YamlValues.isNull(s) && expected.equals(s.getValue());
    }
}
