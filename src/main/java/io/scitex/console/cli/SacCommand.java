package io.scitex.console.cli;

import io.scitex.console.Version;
import io.scitex.console.app.Logging;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code sac} command: no verb (or {@code gui}) opens the window; the verbs are sac's and
 * scitex-hpc's.
 */
@Command(
        name = "sac",
        mixinStandardHelpOptions = true,
        versionProvider = SacCommand.VersionProvider.class,
        description = {"SAC Console: run and watch AI agents (claude in tmux) on SLURM clusters over SSH.",
                "With no verb, opens the console window."},
        footerHeading = "%nExamples:%n",
        footer = {"  sac                                  open the window",
                "  sac reservations book dev-pool --host spartan --tmux-server sac --persistent",
                "  sac start dev-helper doc-builder     start two agents (by NAME or YAML PATH)",
                "  sac list                             every agent: status, job, node, activity",
                "  sac attach dev-helper                a terminal on it; detach with C-b d",
                "  sac stop --all                       stop every agent (reservations stay)",
                "",
                "Agents are found in ~/.scitex/agent-container/agents/, then in",
                "$SCITEX_AGENT_CONTAINER_YAML_DIRS and the folders added in the window.",
                "Reservations live in $SCITEX_HPC_LEASE_DIR, else ~/.scitex/hpc/runtime/leases/.",
                "Exit status: 0 ok, 1 an action failed, 2 bad usage or nothing by that name."})
public final class SacCommand implements Callable<Integer> {
    /** The verbs, in the help's order (added by {@link #commandLine(CliEnv, String...)}, not by the annotation). */
    static final List<Class<?>> VERBS = List.of(Gui.class, StartCommand.class, StopCommand.class, ListCommand.class,
            ShowStatusCommand.class, ShowLogsCommand.class, AttachCommand.class, ReservationsCommand.class,
            ValidateCommand.class, InboxCommand.class, AnswerCommands.Approve.class, AnswerCommands.Deny.class,
            SendCommand.class);

    @Option(names = "--ssh-config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "OpenSSH client config naming the cluster hosts (default: $SAC_SSH_CONFIG, the console "
                    + "settings, else ~/.ssh/config)")
    private Path sshConfig;

    @Option(names = "--known-hosts", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "known_hosts file for host keys (default: $SAC_KNOWN_HOSTS, the console settings, else "
                    + "~/.ssh/known_hosts)")
    private Path knownHosts;

    @Option(names = "--host", paramLabel = "ALIAS", scope = ScopeType.INHERIT,
            description = "ssh alias of the SLURM submission host, for agents and bookings that name none "
                    + "(default: $SCITEX_HPC_HOST, else the console settings)")
    private String host;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "show the console's debug log on stderr as it happens (it always goes to "
                    + "~/.scitex/agent-container/console/console.log)")
    void verbose(boolean on) {
        if (on) {
            Logging.verbose();
        }
    }

    private final CliEnv env;

    /** In this JVM's environment. */
    public SacCommand() {
        this(CliEnv.system());
    }

    public SacCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return openWindow();
    }

    /** The window gets the same --host, --ssh-config and --known-hosts as every verb. */
    int openWindow() {
        env.window().open(env.paths(), globalOptions().overrides());
        return 0;
    }

    /** Runs a command line in this JVM's environment; returns the exit status. */
    public static int run(String... args) {
        return commandLine(CliEnv.system(), args).execute(args);
    }

    /** A ready command line for {@code env} with every verb, with sac's exit statuses and error messages. */
    public static CommandLine commandLine(CliEnv env) {
        return commandLine(env, new Verbs.Needed(VERBS, new String[0]));
    }

    /**
     * The command line that runs {@code args}, with only the verbs it needs ({@link Verbs#needed}), down to the
     * reservation verbs: picocli reads every option of every verb it is given, a good part of a local verb's start
     * (decision 0903).
     */
    public static CommandLine commandLine(CliEnv env, String... args) {
        return commandLine(env, Verbs.needed(args, VERBS, false));
    }

    private static CommandLine commandLine(CliEnv env, Verbs.Needed needed) {
        CommandLine cl = new CommandLine(new SacCommand(env));
        needed.verbs().forEach(cl::addSubcommand);
        CommandLine reservations = cl.getSubcommands().get("reservations");
        if (reservations != null) {
            Verbs.needed(needed.rest(), ReservationsCommand.VERBS, true).verbs().forEach(reservations::addSubcommand);
        }
        cl.setExecutionExceptionHandler(SacCommand::handle);
        return cl;
    }

    CliEnv env() {
        return env;
    }

    GlobalOptions globalOptions() {
        return new GlobalOptions(Optional.ofNullable(sshConfig), Optional.ofNullable(knownHosts),
                Optional.ofNullable(host));
    }

    CliBackend openBackend(PrintWriter err) {
        return env.backends().open(globalOptions(), env, err);
    }

    /** The {@code sac} command a verb belongs to. */
    static SacCommand of(CommandSpec spec) {
        return (SacCommand) spec.root().userObject();
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int status = ExitStatus.of(e);
        if (ExitStatus.expected(e)) {
            // the logger only now: verbs that succeed load no logging classes (decision 0900)
            LoggerFactory.getLogger(SacCommand.class).debug("{} failed", parsed.originalArgs(), e);
            err.println(ExitStatus.message(e));
        } else {
            err.println(Logging.internalError(Thread.currentThread(), e, null));
        }
        err.flush();
        return status;
    }

    @Command(name = "gui", description = "Open the console window (the default when no verb is given).")
    static final class Gui implements Callable<Integer> {
        @CommandLine.Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            return SacCommand.of(spec).openWindow();
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sac-console " + Version.get()};
        }
    }
}
