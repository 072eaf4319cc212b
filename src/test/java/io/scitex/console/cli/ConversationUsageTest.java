package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show-logs --conversation}: its help and refusals that need no cluster. */
class ConversationUsageTest {
    @TempDir
    Path home;

    @Test
    void helpNamesTheOptions() {
        assertThat(new Sac(home).bare("show-logs", "--help").out()).contains("--conversation").contains("--json")
                .contains("sac show-logs dev-helper --conversation --json")
                .contains("sac show-logs dev-helper --conversation -f");
    }

    @Test
    void jsonWithoutConversationAndJsonWithFollowAreUsageErrors() {
        Sac.Result json = new Sac(home).bare("show-logs", "x", "--json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("Error: --json needs --conversation");
        Sac.Result follow = new Sac(home).bare("show-logs", "x", "--conversation", "--json", "-f");
        assertThat(follow.exit()).isEqualTo(2);
        assertThat(follow.err()).contains("Error: --json prints one document and cannot follow");
    }

    @Test
    void anUnknownAgentIsRefusedBeforeAnythingRuns() {
        Sac.Result r = new Sac(home).bare("show-logs", "nosuch", "--conversation");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Error: agent 'nosuch' not found");
    }
}
