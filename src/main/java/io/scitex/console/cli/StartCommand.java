package io.scitex.console.cli;

import io.scitex.console.agent.AgentSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code start NAME|PATH... | --all}: starts agents; tenants of one reservation go in one round trip. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start agents: runtime slurm submits one sbatch job per agent; runtime slurm-tenant opens "
                + "a tmux session in its reservation's job (no new job, one SSH round trip per reservation).",
                "An agent already running is left alone unless --force. Prints one line per agent; exits 1 if "
                        + "any failed. An agent whose YAML has errors is not started: its problems are printed "
                        + "(--all names every agent it skips, and why, on stderr)."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac start head-spartan                       by name (discovery)",
                "  sac start ~/agents/dev-helper/dev-helper.yaml by path",
                "  sac start dev-helper doc-builder test-runner  three tenants, one round trip",
                "  sac start --all -y                            every SLURM agent, no question",
                "  sac start --force dev-helper                  restart one that runs already"})
final class StartCommand extends Verb {
    @Parameters(arity = "0..*", paramLabel = "NAME|PATH", description = "agent name, agent YAML file or agent "
            + "folder")
    List<String> agents = new ArrayList<>();

    @Option(names = "--all", description = "every slurm and slurm-tenant agent discovery finds")
    boolean all;

    @Option(names = {"-y", "--yes"}, description = "do not ask before starting --all")
    boolean yes;

    @Option(names = "--force", description = "restart agents that are already running")
    boolean force;

    @Override
    int run(CliBackend backend) {
        io.scitex.console.inventory.Inventory inventory = backend.inventory();
        List<AgentSpec> specs = AgentArgs.resolve(agents, all, inventory);
        if (all) {
            AgentArgs.skippedByAll(inventory).forEach(err()::println);
        }
        if (specs.isEmpty()) {
            out().println("(no SLURM agents to start)");
            return ExitStatus.OK;
        }
        if (all && !Confirm.all(root().env().terminal(), yes, "Start", specs)) {
            err().println("Aborted!");
            return ExitStatus.FAILED;
        }
        return ActionView.print(backend.agents().start(specs, force), out(), err());
    }
}
