package io.scitex.console.agent;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds agent YAMLs per contract §2: each root in order (earlier wins a name clash), only subfolders holding
 * {@code <dir>/<dir>.yaml|.yml}, skipping names that start with {@code .} or {@code _} and the folders
 * {@code legacy-agents}, {@code shared}, {@code GITIGNORED}. Build the roots with
 * {@code ConsolePaths.agentRoots(settings)}.
 */
public final class AgentDiscovery {
    static final Set<String> SKIPPED = Set.of("legacy-agents", "shared", "GITIGNORED");

    private final List<Path> roots;
    private final AgentYamlCache cache; // null: parse every file

    /** Searches {@code roots} in this order; missing folders are skipped. */
    public AgentDiscovery(List<Path> roots) {
        this(roots, null);
    }

    /** As {@link #AgentDiscovery(List)}, parsing only the files that changed since {@code cache} last saw them. */
    public AgentDiscovery(List<Path> roots, AgentYamlCache cache) {
        this.roots = List.copyOf(roots);
        this.cache = cache;
    }

    /**
     * The agents that loaded without error and those that did not, each sorted by name, and every problem (shadowed
     * duplicates as warnings).
     */
    public record DiscoveryResult(List<AgentSpec> agents, List<InvalidAgent> invalid, List<Problem> problems) {
        public DiscoveryResult {
            agents = List.copyOf(agents);
            invalid = List.copyOf(invalid);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    public List<Path> roots() {
        return roots;
    }

    /** Walks the roots and loads every agent YAML found. */
    public DiscoveryResult discover() {
        Map<String, Path> winners = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : agentFiles(root, problems)) {
                String name = file.getParent().getFileName().toString();
                Path earlier = winners.putIfAbsent(name, file);
                if (earlier != null) {
                    problems.add(Problem.warning(file, 0, 0, "agent '" + name + "' is shadowed by " + earlier
                            + " (found earlier in the search order); this file is ignored"));
                }
            }
        }
        List<AgentSpec> agents = new ArrayList<>();
        List<InvalidAgent> invalid = new ArrayList<>();
        List<Map.Entry<String, Path>> found = List.copyOf(winners.entrySet());
        // parsing dominates; files are independent, and the ordered collect keeps problems in discovery order
        List<AgentYaml.LoadResult> loaded = found.parallelStream()
                .map(e -> cache == null ? AgentYaml.load(e.getValue()) : cache.load(e.getValue())).toList();
        if (cache != null) {
            cache.retainOnly(winners.values());
        }
        for (int i = 0; i < found.size(); i++) {
            AgentYaml.LoadResult r = loaded.get(i);
            if (r.agent().isPresent() && !r.hasErrors()) {
                agents.add(r.agent().get());
            } else {
                Path file = found.get(i).getValue();
                List<Problem> ps = r.problems().isEmpty() ? List.of(Problem.fileError(file, "not a valid agent"))
                        : r.problems();
                invalid.add(new InvalidAgent(found.get(i).getKey(), file, ps));
            }
            problems.addAll(r.problems());
        }
        agents.sort(Comparator.comparing(AgentSpec::name));
        invalid.sort(Comparator.comparing(InvalidAgent::name));
        return new DiscoveryResult(agents, invalid, problems);
    }

    /** The agent YAMLs directly under {@code root}, sorted by folder name. */
    static List<Path> agentFiles(Path root, List<Problem> problems) {
        if (!Files.isDirectory(root)) {
            if (Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.fileError(root, "cannot list the agent folder: not a folder"));
            }
            return List.of();
        }
        List<Path> dirs = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && !name.startsWith("_") && !SKIPPED.contains(name)
                        && Files.isDirectory(child)) {
                    dirs.add(child);
                }
            }
        } catch (IOException e) {
            problems.add(Problem.fileError(root, "cannot list the agent folder: " + e.getMessage()));
            return List.of();
        }
        dirs.sort(Comparator.comparing(d -> d.getFileName().toString()));
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            agentFile(dir, problems).ifPresent(files::add);
        }
        return files;
    }

    /** {@code <dir>/<dir>.yaml}, else {@code <dir>/<dir>.yml}; a {@code .yml} beside a {@code .yaml} is reported. */
    public static Optional<Path> agentFile(Path dir, List<Problem> problems) {
        Path absolute = dir.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        Path yaml = dir.resolve(name + ".yaml");
        Path yml = dir.resolve(name + ".yml");
        boolean hasYaml = Files.isRegularFile(yaml);
        boolean hasYml = Files.isRegularFile(yml);
        if (hasYaml && hasYml) {
            problems.add(Problem.warning(yml, 0, 0, "ignored: " + yaml.getFileName() + " beside it is used"));
        }
        return hasYaml ? Optional.of(yaml) : hasYml ? Optional.of(yml) : Optional.empty();
    }
}
