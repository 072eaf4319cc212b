package io.scitex.console.cli;

import io.scitex.console.Version;
import io.scitex.console.ui.ConsoleApp;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sac} command: no verb (or {@code gui}) opens the window. */
@Command(
        name = "sac",
        mixinStandardHelpOptions = true,
        versionProvider = SacCommand.VersionProvider.class,
        description = "SAC Console: run and watch AI agents on SLURM clusters.",
        subcommands = {SacCommand.Gui.class, ValidateCommand.class})
public final class SacCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        ConsoleApp.launchWindow();
        return 0;
    }

    public static int run(String... args) {
        return new CommandLine(new SacCommand()).execute(args);
    }

    @Command(name = "gui", description = "Open the console window (the default when no verb is given).")
    static final class Gui implements Callable<Integer> {
        @Override
        public Integer call() {
            ConsoleApp.launchWindow();
            return 0;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sac-console " + Version.get()};
        }
    }
}
