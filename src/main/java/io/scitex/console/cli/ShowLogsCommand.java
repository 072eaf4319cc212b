package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show-logs NAME [-n N] [--follow]}: the agent's pane (tenant) or job output (slurm). */
@Command(name = "show-logs", aliases = "logs", mixinStandardHelpOptions = true,
        description = {"Print the last lines of an agent's tmux pane (tmux capture-pane inside its job).",
                "With --follow, keep printing new lines until interrupted (Ctrl-C)."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac show-logs head-spartan -n 100", "  sac show-logs dev-helper --follow",
                "  sac show-logs dev-helper --conversation --json"})
final class ShowLogsCommand extends Verb {
    @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
    String agent;

    @Option(names = {"-n", "--lines"}, paramLabel = "N", description = "how many lines (default: ${DEFAULT-VALUE})")
    int lines = 50;

    @Option(names = {"-f", "--follow"}, description = "keep printing new lines")
    boolean follow;

    @Option(names = "--interval", paramLabel = "SECONDS",
            description = "with --follow: seconds between looks (default: ${DEFAULT-VALUE})")
    double interval = 2;

    @Option(names = "--conversation", description = "print the agent's Claude Code conversation (its newest "
            + "transcript): prompts, answers, tool calls and results, tokens per turn and an estimated cost")
    boolean conversation;

    @Option(names = "--json", description = "with --conversation: print one JSON document")
    boolean json;

    @Override
    int run(CliBackend backend) throws Exception {
        if (conversation || json) {
            return ConversationVerb.run(this, backend);
        }
        if (lines < 1) {
            throw new CliException(ExitStatus.USAGE, "Error: -n must be at least 1, got " + lines);
        }
        AgentSpec spec = AgentArgs.resolve(agent, backend.inventory());
        List<String> seen = PaneText.tail(backend.agents().logs(spec, lines), lines);
        seen.forEach(out()::println);
        out().flush();
        while (follow) {
            Thread.sleep((long) (interval * 1000));
            List<String> now = PaneText.tail(backend.agents().logs(spec, lines), lines);
            LogFollow.newLines(seen, now).forEach(out()::println);
            out().flush();
            seen = now;
        }
        return ExitStatus.OK;
    }
}
