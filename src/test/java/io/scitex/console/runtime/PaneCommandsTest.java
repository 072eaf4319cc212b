package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.AttachMode;
import io.scitex.console.testing.Bash;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaneCommandsTest {
    @Test
    void attachRunsTheFixedGuardScriptWithEveryPartAsAnArgument() {
        String token = PaneCommands.attachToken();
        RemoteCommand cmd = TenantCommands.attach(Leases.withTmux("4711", "sac"), "dev-helper", token,
                AttachMode.INTERACTIVE);
        List<String> argv = Words.of(Words.of(cmd.toShellLine()).get(2));
        assertThat(argv).hasSize(9);
        assertThat(argv.subList(0, 2)).containsExactly("bash", "-c");
        assertThat(argv.get(2)).isEqualTo(RemoteScripts.ATTACH).doesNotContain("dev-helper", "4711");
        assertThat(argv.subList(3, 9)).containsExactly("sac-attach", "4711", "sac", "=sac-dev-helper", token,
                "interactive");
        Bash.assertSyntaxOk(RemoteScripts.ATTACH);
    }

    @Test
    void tokensAreFreshAndCheckedBecauseTheyBecomeAPattern() {
        assertThat(PaneCommands.attachToken()).matches("sac-attach-[0-9a-f]{16}")
                .isNotEqualTo(PaneCommands.attachToken());
        assertThatThrownBy(() -> PaneCommands.attach("4711", "sac", "a", "sac-attach-.*", AttachMode.WATCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attach token");
    }

    @Test
    void attachRefusesAJobIdThatIsNotOne() {
        assertThatThrownBy(() -> PaneCommands.attach("4711; rm -rf ~", "sac", "a", PaneCommands.attachToken(),
                AttachMode.INTERACTIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
