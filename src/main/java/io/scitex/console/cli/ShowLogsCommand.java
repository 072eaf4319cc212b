package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show-logs NAME [-n N] [--follow]}: the agent's pane (tenant) or job output (slurm). */
@Command(name = "show-logs", aliases = "logs", mixinStandardHelpOptions = true,
        description = {"Print the last lines of an agent's output log: every byte its tmux pane printed, kept on the"
                + " cluster (runtime: slurm agents also their job output file).",
                "With --follow, keep printing new lines as they are written until interrupted (Ctrl-C); with"
                        + " --conversation --follow, new prompts, answers and tool calls as Claude Code writes them."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac show-logs head-spartan -n 100", "  sac show-logs dev-helper --follow",
                "  sac show-logs dev-helper --conversation --json", "  sac show-logs dev-helper --conversation -f"})
final class ShowLogsCommand extends Verb {
    @Parameters(paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent folder")
    String agent;

    @Option(names = {"-n", "--lines"}, paramLabel = "N", description = "how many lines (default: ${DEFAULT-VALUE})")
    int lines = 50;

    @Option(names = {"-f", "--follow"}, description = "keep printing new lines")
    boolean follow;

    @Option(names = "--interval", paramLabel = "SECONDS",
            description = "ignored (kept for old scripts): lines arrive as they are written", hidden = true)
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
        return new OutputLogPrinter(backend, out(), err()).print(spec, lines, follow);
    }
}
