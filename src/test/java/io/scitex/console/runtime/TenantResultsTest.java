package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.runtime.TenantResult.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantResultsTest {
    private static final List<TenantOp> OPS = List.of(new TenantOp(TenantOp.Action.START, "a", "x"),
            new TenantOp(TenantOp.Action.FORCE, "b", "x"), new TenantOp(TenantOp.Action.STOP, "c", ""),
            new TenantOp(TenantOp.Action.START, "d", "x"));

    private static ExecResult exec(int exit, String out, String err) {
        return new ExecResult("h", "cmd", exit, out, err, Duration.ZERO);
    }

    @Test
    void oneResultPerAgentInRequestOrder() {
        String out = "DISPLAY: banner\n"
                + "SAC-RESULT\td\tfailed\t\tduplicate session: sac-d\\nsecond line\n"
                + "SAC-RESULT\ta\tstarted\t\t\n"
                + "SAC-RESULT\tb\trestarted\t\t\n"
                + "SAC-RESULT\tc\tabsent\t\t\n"
                + "SAC-END\n";
        Map<String, TenantResult> r = TenantResults.parse(OPS, exec(0, out, ""));
        assertThat(r.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(r.get("a").status()).isEqualTo(Status.STARTED);
        assertThat(r.get("b").status()).isEqualTo(Status.RESTARTED);
        assertThat(r.get("c").status()).isEqualTo(Status.ABSENT);
        assertThat(r.get("c").ok()).isTrue();
        TenantResult d = r.get("d");
        assertThat(d.ok()).isFalse();
        assertThat(d.stderr()).isEqualTo("duplicate session: sac-d\nsecond line");
        assertThat(d.failureText("spartan-dev-pool")).isEqualTo("tmux new-session failed in reservation"
                + " spartan-dev-pool: stdout= stderr=duplicate session: sac-d\nsecond line");
    }

    @Test
    void agentsWithoutALineFailWithTheWholeOutput() {
        Map<String, TenantResult> r = TenantResults.parse(OPS, exec(1, "SAC-RESULT\ta\texists\t\t\n",
                "srun: error: Unable to confirm allocation for job 9: Invalid job id specified\n"));
        assertThat(r.get("a").status()).isEqualTo(Status.EXISTS);
        assertThat(r.get("b").status()).isEqualTo(Status.FAILED);
        assertThat(r.get("b").stderr()).isEqualTo("exit 1: srun: error: Unable to confirm allocation for job 9:"
                + " Invalid job id specified");
    }

    @Test
    void malformedLinesAreIgnored() {
        String out = "SAC-RESULT\ta\tteleported\t\t\nSAC-RESULT\tb\tstarted\n";
        Map<String, TenantResult> r = TenantResults.parse(OPS, exec(0, out, ""));
        assertThat(r.values()).allMatch(t -> t.status() == Status.FAILED);
    }
}
