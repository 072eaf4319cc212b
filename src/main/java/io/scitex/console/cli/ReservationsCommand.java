package io.scitex.console.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sac reservations ...}: scitex-hpc's reservation ("lease") verbs, same flags, outputs and exit codes. */
@Command(name = "reservations", aliases = "lease", mixinStandardHelpOptions = true,
        description = {"Book, inspect and release SLURM reservations (scitex-hpc leases): one allocation that many "
                + "slurm-tenant agents share.", "The lease files are scitex-hpc's own, so both tools see the same "
                + "reservations."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac reservations book dev-pool --host spartan --partition cascade \\",
                "      --cpus 8 --mem 32G --time 7-0 --tmux-server sac --persistent",
                "  sac reservations list",
                "  sac reservations get dev-pool",
                "  sac reservations refresh dev-pool      new job id after a walltime resubmit",
                "  sac reservations release dev-pool      scancel the job and delete the lease"})
public final class ReservationsCommand implements Runnable {
    /** Its verbs, in the help's order (added by {@link SacCommand#commandLine(CliEnv, String...)}). */
    static final List<Class<?>> VERBS = List.of(ReservationBookCommand.class, ReservationGetCommand.class,
            ReservationListCommand.class, ReservationRefreshCommand.class, ReservationReleaseCommand.class);

    @Spec
    CommandSpec spec;

    /** Without a verb, the help (as scitex-hpc). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
