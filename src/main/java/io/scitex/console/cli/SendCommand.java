package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.service.PaneInput;
import io.scitex.console.service.ServiceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code send}: one prompt to one or many agents, pasted through tmux buffers (never as shell words). */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send a prompt to agents: -m TEXT, or '-' to read it from stdin (several lines are kept).",
                "Prints one line per agent; exits 1 if any failed."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac send dev-helper -m \"run the tests\"", "  sac send --all --reservation dev-pool -m \"status?\"",
                "  git diff | sac send reviewer -"})
final class SendCommand extends Verb {
    @Parameters(arity = "0..*", paramLabel = "NAME|PATH", description = "agent names, YAML files or folders, and "
            + "'-' to read the prompt from stdin")
    List<String> args = new ArrayList<>();

    @Option(names = "--all", description = "every slurm and slurm-tenant agent (with --reservation: its tenants)")
    boolean all;

    @Option(names = "--reservation", paramLabel = "R", description = "with --all: only the tenants of R")
    String reservation;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "the prompt")
    String message;

    @Override
    int run(CliBackend backend) throws IOException {
        List<String> names = new ArrayList<>(args);
        boolean fromStdin = names.remove("-");
        if (fromStdin == (message != null)) {
            throw new CliException(ExitStatus.USAGE, "Error: give the prompt with -m TEXT or '-' (stdin), one of them");
        }
        if (reservation != null && !all) {
            throw new CliException(ExitStatus.USAGE, "Error: --reservation goes with --all");
        }
        String text = fromStdin ? stdinText() : message;
        PaneInput input;
        try {
            input = PaneInput.prompt(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitStatus.USAGE, "Error: " + e.getMessage());
        }
        List<AgentSpec> specs = AgentArgs.resolve(names, all, backend.inventory()).stream()
                .filter(a -> reservation == null || a.slurm().reservation().equals(reservation)).toList();
        if (specs.isEmpty()) {
            out().println("(no agents to send to)");
            return ExitStatus.OK;
        }
        int rc = ExitStatus.OK;
        for (AgentSpec a : specs) {
            try {
                backend.agents().input(a, input);
                out().println("sent: " + a.name());
            } catch (ServiceException e) {
                err().println("failed: " + a.name() + ": " + e.getMessage());
                rc = ExitStatus.FAILED;
            }
        }
        return rc;
    }

    /** All of stdin, one trailing newline dropped (Enter submits the prompt). */
    private String stdinText() throws IOException {
        String s = new String(root().env().stdin().readAllBytes(), StandardCharsets.UTF_8);
        return s.endsWith("\r\n") ? s.substring(0, s.length() - 2) : s.endsWith("\n") ? s.substring(0, s.length() - 1)
                : s;
    }
}
