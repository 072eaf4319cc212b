package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.ClaudeSpec.SessionMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaudeCommandTest {
    private static AgentSpec with(SessionMode mode, String... flags) {
        return Specs.withClaude(Specs.slurmAgent("a"), new ClaudeSpec(List.of(flags), mode));
    }

    @Test
    void eachSessionMode() {
        assertThat(Specs.noHooks(ClaudeCommand.shell(with(SessionMode.NEW)))).isEqualTo("exec claude --model sonnet");
        assertThat(Specs.noHooks(ClaudeCommand.shell(with(SessionMode.CONTINUE)))).isEqualTo("exec claude --continue --model sonnet");
        assertThat(Specs.noHooks(ClaudeCommand.shell(with(SessionMode.RESUME)))).isEqualTo("exec claude --resume --model sonnet");
        assertThat(Specs.noHooks(ClaudeCommand.shell(with(SessionMode.CONTINUE_OR_NEW, "-p", "two words"))))
                .isEqualTo("{ claude --continue --model sonnet -p 'two words' || exec claude --model sonnet -p"
                        + " 'two words'; }");
    }

    @Test
    void argvKeepsEveryFlagAsOneWord() {
        assertThat(ClaudeCommand.argv(with(SessionMode.NEW, "--x'; touch /tmp/p; '", ""), "--continue"))
                .containsExactly("claude", "--continue", "--model", "sonnet", "--settings", ClaudeHooks.settingsJson(),
                        "--x'; touch /tmp/p; '", "");
    }
}
