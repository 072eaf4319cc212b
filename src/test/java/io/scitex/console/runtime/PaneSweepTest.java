package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.testing.Bash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaneSweepTest {
    private static final String H1 = "0123456789abcdef0123456789abcdef";

    @Test
    void knownHashesTravelAsArguments() {
        RemoteCommand cmd = PaneSweep.command(Leases.withTmux("9", "sac"), 40, Map.of("b", H1, "a", H1));
        List<String> argv = Words.of(Words.of(cmd.toShellLine()).get(2));
        assertThat(argv.subList(0, 7)).containsExactly("srun", "--jobid=9", "--overlap", "--nodes=1", "--ntasks=1",
                "bash", "-c");
        assertThat(argv.get(7)).isEqualTo(RemoteScripts.PANE_SWEEP);
        assertThat(argv.subList(8, argv.size())).containsExactly("sac-sweep", "sac", "40", "a=" + H1, "b=" + H1);
        Bash.assertSyntaxOk(RemoteScripts.PANE_SWEEP);
        Bash.assertSyntaxOk(cmd.toShellLine());
    }

    @Test
    void refusesBadHashesAndNames() {
        assertThatThrownBy(() -> PaneSweep.command("9", "sac", 40, Map.of("a", "x; reboot")))
                .hasMessageContaining("must be an md5");
        assertThatThrownBy(() -> PaneSweep.command("9", "sac", 40, Map.of("a b", H1)))
                .hasMessageContaining("agent name must be");
    }

    @Test
    void parsesSameNewAndGone() {
        String out = "DISPLAY: x\n"
                + "SAC-PANE\ta\tsame\t" + H1 + "\n"
                + "SAC-PANE\tb\tnew\tfedcba9876543210fedcba9876543210\tclaude stand-in ready\\n> \n"
                + "SAC-PANE\tc\tgone\n"
                + "SAC-PANE\tbroken\n"
                + "SAC-END\n";
        SweepResult r = PaneSweep.parse(out);
        assertThat(r.complete()).isTrue();
        assertThat(r.serverRunning()).isTrue();
        assertThat(r.panes()).containsOnlyKeys("a", "b", "c");
        assertThat(r.panes().get("a")).isEqualTo(new PaneReport("a", PaneReport.Kind.SAME, H1, ""));
        assertThat(r.panes().get("b").text()).isEqualTo("claude stand-in ready\n> ");
        assertThat(r.panes().get("c").kind()).isEqualTo(PaneReport.Kind.GONE);
    }

    @Test
    void noServerAndCutOffAnswers() {
        SweepResult none = PaneSweep.parse("SAC-NOSERVER\tno server running on /tmp/sac-job-9/default\nSAC-END\n");
        assertThat(none.serverRunning()).isFalse();
        assertThat(none.serverError()).isEqualTo("no server running on /tmp/sac-job-9/default");
        assertThat(none.panes()).isEmpty();
        assertThat(PaneSweep.parse("SAC-PANE\ta\tsame\t" + H1 + "\n").complete()).isFalse();
    }
}
