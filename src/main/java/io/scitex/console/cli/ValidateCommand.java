package io.scitex.console.cli;

import io.scitex.console.agent.AgentDiscovery;
import io.scitex.console.agent.AgentYaml;
import io.scitex.console.agent.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate PATH...}: checks agent YAML files, agent folders ({@code <name>/<name>.yaml}) or folders of agent
 * folders; prints one {@code file:line:col: error|warning: message} line per problem and exits 1 on any error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check agent YAMLs (files, agent folders or folders of agents); exit 1 when any has an error.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "agent YAML files or folders")
    private List<Path> paths = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int agents = 0;
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                AgentYaml.LoadResult result = AgentYaml.load(path);
                agents += result.agent().isPresent() ? 1 : 0;
                problems.addAll(result.problems());
            } else if (Files.isDirectory(path) && AgentDiscovery.agentFile(path, problems).isPresent()) {
                AgentYaml.LoadResult result = AgentYaml.load(AgentDiscovery.agentFile(path, new ArrayList<>()).get());
                agents += result.agent().isPresent() ? 1 : 0;
                problems.addAll(result.problems());
            } else if (Files.isDirectory(path)) {
                AgentDiscovery.DiscoveryResult result = new AgentDiscovery(List.of(path)).discover();
                agents += result.agents().size();
                problems.addAll(result.problems());
            } else {
                problems.add(Problem.fileError(path, "no such file or folder"));
            }
        }
        problems.forEach(p -> out.println(p));
        long errors = problems.stream().filter(Problem::isError).count();
        out.flush();
        err.printf("%d agent(s) valid, %d error(s), %d warning(s)%n", agents, errors, problems.size() - errors);
        err.flush();
        return errors == 0 ? 0 : 1;
    }
}
