package io.scitex.console.cli;

import io.scitex.console.agent.AgentDiscovery;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.AgentYaml;
import io.scitex.console.agent.InvalidAgent;
import io.scitex.console.agent.Problem;
import io.scitex.console.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agents named on the command line: a NAME is looked up in discovery, a PATH (a YAML file or an agent folder) is
 * loaded as it is; {@code --all} means every SLURM agent discovery finds. Unknown names and broken YAMLs are refused
 * before anything runs.
 */
final class AgentArgs {
    private AgentArgs() {}

    static List<AgentSpec> resolve(List<String> args, boolean all, Inventory inventory) {
        if (all && !args.isEmpty()) {
            throw new CliException(ExitStatus.USAGE, "Error: give agent names or --all, not both");
        }
        if (all) {
            return inventory.agents().stream().filter(a -> a.runtime().isSlurm()).toList();
        }
        if (args.isEmpty()) {
            throw new CliException(ExitStatus.USAGE, "Error: name at least one agent (NAME or PATH), or use --all");
        }
        Map<String, AgentSpec> agents = new LinkedHashMap<>();
        for (String arg : args) {
            AgentSpec a = resolve(arg, inventory);
            agents.putIfAbsent(a.name(), a);
        }
        return List.copyOf(agents.values());
    }

    static AgentSpec resolve(String arg, Inventory inventory) {
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            return load(path);
        }
        if (Files.isDirectory(path)) {
            List<Problem> problems = new ArrayList<>();
            Optional<Path> file = AgentDiscovery.agentFile(path, problems);
            if (file.isPresent()) {
                return load(file.get());
            }
            throw new CliException(ExitStatus.USAGE, "Error: " + path + " holds no agent YAML (expected "
                    + path.getFileName() + "/" + path.getFileName() + ".yaml)");
        }
        Optional<InvalidAgent> invalid = inventory.agent(arg).isPresent() ? Optional.empty()
                : inventory.invalidAgent(arg);
        if (invalid.isPresent()) {
            throw new CliException(ExitStatus.FAILED, problems(invalid.get().problems()));
        }
        return inventory.agent(arg).orElseThrow(() -> new CliException(ExitStatus.USAGE, "Error: agent '" + arg
                + "' not found: no " + arg + "/" + arg + ".yaml in ~/.scitex/agent-container/agents/, "
                + "$SCITEX_AGENT_CONTAINER_YAML_DIRS or the console's agent folders"
                + brokenHint(arg, inventory)));
    }

    private static AgentSpec load(Path file) {
        AgentYaml.LoadResult result = AgentYaml.load(file);
        if (result.hasErrors() || result.agent().isEmpty()) {
            throw new CliException(ExitStatus.FAILED, result.problems().isEmpty()
                    ? file + ": error: not a valid agent" : problems(result.problems()));
        }
        return result.agent().get();
    }

    /** One {@code file:line:col: error: message} line per problem, errors first. */
    private static String problems(List<Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(p -> p.isError() ? 0 : 1))
                .map(Problem::toString).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** What {@code --all} leaves out, one line each: agents of other runtimes and agents whose YAML has errors. */
    static List<String> skippedByAll(Inventory inventory) {
        List<String> lines = new ArrayList<>();
        inventory.agents().stream().filter(a -> !a.runtime().isSlurm()).forEach(a -> lines.add("skipped "
                + a.name() + ": runtime " + a.runtime().yamlName() + " is not run on SLURM"));
        inventory.invalid().forEach(a -> lines.add("skipped " + a.name() + ": invalid: " + a.firstProblem()));
        return lines;
    }

    /** A YAML of that name that failed to load explains a "not found" better than the search path. */
    private static String brokenHint(String name, Inventory inventory) {
        StringBuilder hint = new StringBuilder();
        inventory.problems().stream().filter(Problem::isError)
                .filter(p -> p.file() != null && p.file().getFileName() != null
                        && List.of(name + ".yaml", name + ".yml").contains(p.file().getFileName().toString()))
                .forEach(p -> hint.append('\n').append(p));
        return hint.toString();
    }
}
