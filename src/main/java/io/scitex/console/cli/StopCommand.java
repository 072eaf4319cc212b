package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stop NAME... | --all}: stops agents; a tenant's reservation is never released. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop agents: runtime slurm cancels the agent's job (scancel); runtime slurm-tenant kills "
                + "its tmux session and leaves the reservation booked (release it with 'sac reservations "
                + "release').", "Prints one line per agent; exits 1 if any failed."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac stop dev-helper", "  sac stop dev-helper doc-builder", "  sac stop --all --force"})
final class StopCommand extends Verb {
    @Parameters(arity = "0..*", paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent "
            + "folder")
    List<String> agents = new ArrayList<>();

    @Option(names = "--all", description = "every slurm and slurm-tenant agent discovery finds")
    boolean all;

    @Option(names = {"--force", "-y", "--yes"}, description = "do not ask before stopping --all")
    boolean force;

    @Override
    int run(CliBackend backend) {
        List<AgentSpec> specs = AgentArgs.resolve(agents, all, backend.inventory());
        if (specs.isEmpty()) {
            out().println("(no SLURM agents to stop)");
            return ExitStatus.OK;
        }
        if (all && !Confirm.all(root().env().terminal(), force, "Stop", specs)) {
            err().println("Aborted!");
            return ExitStatus.FAILED;
        }
        return ActionView.print(backend.agents().stop(specs), out(), err());
    }
}
