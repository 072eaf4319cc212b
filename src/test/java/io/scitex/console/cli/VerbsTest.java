package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Only the verb a command line names is built, and the verb behaves as it does among all the others. */
class VerbsTest {
    private static final List<Class<?>> ALL = SacCommand.VERBS;

    @TempDir
    Path home;

    private static List<Class<?>> needed(String line) {
        return Verbs.needed(line.isEmpty() ? new String[0] : line.split(" "), ALL, false).verbs();
    }

    @Test
    void theVerbAfterTheGlobalOptionsIsTheOnlyOneBuilt() {
        assertThat(needed("list")).containsExactly(ListCommand.class);
        assertThat(needed("ps --json")).containsExactly(ListCommand.class);
        assertThat(needed("--host spartan -v lease list")).containsExactly(ReservationsCommand.class);
        assertThat(needed("--ssh-config=/x --verbose validate samples")).containsExactly(ValidateCommand.class);
        assertThat(needed("--host list start a")).as("a global option's value is not the verb")
                .containsExactly(StartCommand.class);
    }

    @Test
    void theReservationVerbIsBuiltAloneToo() {
        Verbs.Needed top = Verbs.needed("--host h lease list --json".split(" "), ALL, false);
        assertThat(top.rest()).containsExactly("list", "--json");
        assertThat(Verbs.needed(top.rest(), ReservationsCommand.VERBS, true).verbs())
                .containsExactly(ReservationListCommand.class);
        assertThat(Verbs.needed(new String[0], ReservationsCommand.VERBS, true).verbs()).as("its help lists all")
                .isEqualTo(ReservationsCommand.VERBS);
    }

    @Test
    void theWindowAndTheVersionNeedNoVerb() {
        assertThat(needed("")).isEmpty();
        assertThat(needed("--host spartan")).isEmpty();
        assertThat(needed("--version")).isEmpty();
        assertThat(needed("-V")).isEmpty();
    }

    @Test
    void helpAndUnknownVerbsGetEveryVerb() {
        assertThat(needed("--help")).isEqualTo(ALL);
        assertThat(needed("lst")).isEqualTo(ALL);
        assertThat(needed("-V list")).isEqualTo(ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start --help", "list --help", "reservations list --help", "--host h show-logs --help",
            "start --bogus", "reservations bok", "reservations", "lease cancel --help", "--version"})
    void aVerbBuiltAloneAnswersAsAmongAllTheOthers(String line) {
        String[] args = line.split(" ");
        CliEnv env = new Sac(home).cliEnv();
        assertThat(run(SacCommand.commandLine(env, args), args)).isEqualTo(run(SacCommand.commandLine(env), args));
    }

    private static String run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        int exit = cl.setOut(new PrintWriter(out)).setErr(new PrintWriter(out)).execute(args);
        return exit + "\n" + out;
    }
}
