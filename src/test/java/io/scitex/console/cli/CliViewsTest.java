package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the verbs print, from records: upstream's formats where upstream has them. */
class CliViewsTest {
    private static final Lease POOL = new Lease("spartan-dev-pool", "dev-pool", "spartan", "4711", "bm021", true,
            "2026-04-28T10:00:00+00:00", "", Map.of(Lease.TMUX_SERVER, "sac"));
    private static final Lease PENDING = new Lease("spartan-gpu", "gpu", "spartan", "4712", "", false,
            "2026-04-28T10:00:00+00:00", "", Map.of());

    @Test
    void leaseListIsScitexHpcsTable() {
        assertThat(LeaseView.table(List.of())).isEqualTo("(no reservations)\n");
        assertThat(LeaseView.table(List.of(POOL, PENDING))).isEqualTo(
                String.format("%-32s  %-10s  %-14s  %-30s%n", "ID", "JOB", "PERSIST", "NODE")
                        + String.format("%-32s  %-10s  %-14s  %-30s%n", "spartan-dev-pool", "4711", "yes", "bm021")
                        + String.format("%-32s  %-10s  %-14s  %-30s%n", "spartan-gpu", "4712", "no", "-"));
    }

    @Test
    void leaseLinesAreScitexHpcs() {
        assertThat(LeaseView.booked(POOL)).isEqualTo("booked: id=spartan-dev-pool job=4711 node=bm021");
        assertThat(LeaseView.refreshed(POOL)).isEqualTo("refreshed: id=spartan-dev-pool job=4711 node=bm021");
        assertThat(LeaseView.noLiveJob(POOL))
                .isEqualTo("refreshed: id=spartan-dev-pool (no live job found via squeue --name=dev-pool)");
        assertThat(LeaseView.noSuch("dev-pool")).isEqualTo("(no reservation named 'dev-pool')");
        assertThat(LeaseView.noSuch("it's")).isEqualTo("(no reservation named \"it's\")");
    }

    @Test
    void jsonIsPythonsIndentTwoInUpstreamKeyOrder() throws Exception {
        String text = Json.dumps(LeaseView.json(POOL));
        assertThat(text).isEqualTo("""
                {
                  "id": "spartan-dev-pool",
                  "name": "dev-pool",
                  "host": "spartan",
                  "job_id": "4711",
                  "node": "bm021",
                  "submitted_at": "2026-04-28T10:00:00+00:00",
                  "walltime_end": "",
                  "persistent": true,
                  "extras": {
                    "tmux_server": "sac"
                  }
                }""");
        assertThat(Json.dumps(Json.array())).isEqualTo("[]");
        assertThat(Json.dumps(Json.object().put("n", "caf\u00e9"))).isEqualTo("{\n  \"n\": \"caf\u00e9\"\n}");
        JsonNode back = Json.MAPPER.readTree(text);
        assertThat(back.get("extras").get("tmux_server").asText()).isEqualTo("sac");
    }

    @Test
    void pythonReprQuotesAsPythonDoes() {
        assertThat(Json.pyRepr("a")).isEqualTo("'a'");
        assertThat(Json.pyRepr("a'b\"c")).isEqualTo("'a\\'b\"c'");
        assertThat(Json.pyRepr("a\\b\n")).isEqualTo("'a\\\\b\\n'");
    }

    @Test
    void actionsPrintOneLineEachAndFailuresOnStderr() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ActionView.print(List.of(
                new ActionResult("a", ActionOutcome.STARTED, "job 12"),
                new ActionResult("b", ActionOutcome.ALREADY_RUNNING, ""),
                new ActionResult("c", ActionOutcome.RESTARTED, ""),
                ActionResult.failed("d", "sbatch failed for d: no partition"),
                ActionResult.failed("e", "host unreachable")), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("Agent 'a' started successfully (job 12)\n"
                + "Agent 'b' is already running; use --force to restart it\nAgent 'c' restarted\n");
        assertThat(err.toString()).isEqualTo("Error: sbatch failed for d: no partition\nError: e: host unreachable\n");
        StringWriter out2 = new StringWriter();
        assertThat(ActionView.print(List.of(new ActionResult("a", ActionOutcome.STOPPED, ""),
                new ActionResult("b", ActionOutcome.NOT_RUNNING, "")), new PrintWriter(out2, true),
                new PrintWriter(new StringWriter()))).isZero();
        assertThat(out2.toString()).isEqualTo("Agent 'a' stopped\nAgent 'b' was not running\n");
    }

    @Test
    void paneTextDropsEmptyScreenRowsAndKeepsTheLastLines() {
        assertThat(PaneText.tail(List.of("a", "b", "c", "", "  ", ""), 2)).containsExactly("b", "c");
        assertThat(PaneText.tail(List.of("a", "", "b"), 10)).containsExactly("a", "", "b");
        assertThat(PaneText.tail(List.of("", ""), 5)).isEmpty();
    }

    @Test
    void columnsAlignAndTheLastIsNotPadded() {
        assertThat(Columns.format(List.of(List.of("NAME", "STATUS", "DETAIL"), List.of("a-long", "running", ""))))
                .isEqualTo("NAME    STATUS   DETAIL\na-long  running\n");
    }

    @Test
    void sttySizeIsRowsThenColumns() {
        assertThat(Stty.parseSize("30 100\n")).contains(new Stty.Size(100, 30));
        assertThat(Stty.parseSize("")).isEmpty();
        assertThat(Stty.parseSize("0 0")).isEmpty();
        assertThat(Stty.parseSize("stty: not a tty")).isEmpty();
    }
}
