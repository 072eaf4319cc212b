package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, usage errors and refusals that need no cluster. */
class CliUsageTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"start", "stop", "list", "show-status", "show-logs", "attach", "reservations",
            "reservations book", "reservations get", "reservations list", "reservations refresh",
            "reservations release", "validate"})
    void everyVerbExplainsItselfWithExamples(String verb) {
        String[] args = (verb + " --help").split(" ");
        Sac.Result r = new Sac(home).bare(args);
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: sac " + verb).contains("--ssh-config=FILE", "--host=ALIAS");
        if (!verb.equals("validate")) {
            assertThat(r.out()).contains("Examples:\n  sac " + verb.split(" ")[0]);
        }
        assertThat(r.out().lines()).allMatch(l -> l.length() <= 80, "lines fit 80 columns");
    }

    @Test
    void topLevelHelpListsEveryVerb() {
        Sac.Result r = new Sac(home).bare("--help");
        assertThat(r.exit()).isZero();
        for (String verb : List.of("gui", "start", "stop", "list", "show-status", "show-logs", "attach",
                "reservations", "validate")) {
            assertThat(r.out()).containsPattern("(?m)^  " + verb + "\\b");
        }
        assertThat(r.out().lines()).allMatch(l -> l.length() <= 80, "lines fit 80 columns");
    }

    @Test
    void defaultsAreShownWhereTheyMatter() {
        String book = new Sac(home).bare("reservations", "book", "--help").out();
        assertThat(book).contains("CPUs per task (default: 4)", "(default: 8G)", "(default: 00:20:00)");
        assertThat(new Sac(home).bare("show-logs", "--help").out()).contains("how many lines (default: 50)");
    }

    @Test
    void badUsageExitsTwo() {
        Sac.Result r = new Sac(home).bare("start", "--bogus");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
        assertThat(new Sac(home).bare("reservations", "book").exit()).isEqualTo(2);
        Sac.Result both = new Sac(home).bare("start", "--all", "a");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("Error: give agent names or --all, not both\n");
    }

    @Test
    void unknownAgentIsRefusedBeforeAnythingRuns() {
        Sac.Result r = new Sac(home).bare("show-logs", "nosuch");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: agent 'nosuch' not found: no nosuch/nosuch.yaml in ");
    }

    @Test
    void bookingNeedsAHostAndValidValues() {
        Sac.Result noHost = new Sac(home).bare("reservations", "book", "pool");
        assertThat(noHost.exit()).isEqualTo(2);
        assertThat(noHost.err()).isEqualTo("error: no host: pass --host ALIAS, or set SCITEX_HPC_HOST or the "
                + "console's default host\n");
        Sac.Result bad = new Sac(home).bare("reservations", "book", "pool", "--host", "h", "--cpus", "0");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: --cpus");
    }

    @Test
    void dryRunPrintsThePlanAsJson() throws Exception {
        Sac.Result r = new Sac(home).bare("reservations", "book", "pool", "--host", "spartan", "--partition",
                "cascade", "--tmux-server", "sac", "--persistent", "--time", "7-0", "--dry-run");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode plan = Json.MAPPER.readTree(r.out());
        assertThat(plan.get("would_book").asText()).isEqualTo("pool");
        assertThat(plan.get("config").get("host").asText()).isEqualTo("spartan");
        assertThat(plan.get("config").get("cpus").asInt()).isEqualTo(4);
        assertThat(plan.get("config").get("mem").asText()).isEqualTo("8G");
        assertThat(plan.get("persistent").asBoolean()).isTrue();
        assertThat(plan.get("tmux_server").asText()).isEqualTo("sac");
    }

    @Test
    void emptyHomeHasNoReservations() {
        Sac.Result r = new Sac(home).bare("reservations", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("(no reservations)\n");
        assertThat(new Sac(home).bare("reservations", "list", "--json").out()).isEqualTo("[]\n");
        Sac.Result get = new Sac(home).bare("reservations", "get", "dev-pool");
        assertThat(get.exit()).isEqualTo(2);
        assertThat(get.err()).isEqualTo("(no reservation named 'dev-pool')\n");
    }

    @Test
    void attachWithoutATerminalRefusesAtOnce() {
        Sac.Result r = new Sac(home).bare("attach", "anything");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: attach needs a terminal");
    }

    @Test
    void startAllAsksOnATerminalAndNoMeansNothingRuns() throws Exception {
        Sac sac = new Sac(home);
        SampleAgents.tenant(sac.agents(), "a1", "pool-x");
        ScriptedTerminal t = new ScriptedTerminal("n");
        Sac.Result r = sac.with(t).bare("start", "--all", "--host", "nowhere.invalid");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Aborted!\n");
        assertThat(t.prompts).containsExactly("Start 1 agent(s): a1? [y/N] ");
    }
}
