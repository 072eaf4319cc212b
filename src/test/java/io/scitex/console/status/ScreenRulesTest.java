package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screen rules on real Claude Code 2.1.328 screens (captured with the scripted API, 120x35 tmux panes). */
class ScreenRulesTest {

    static List<String> screen(String name) {
        try (InputStream in = ScreenRulesTest.class.getResourceAsStream("/claude-screens/" + name + ".txt")) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ScreenRules.Read read(String name) {
        return ScreenRules.read(screen(name));
    }

    @Test
    void theEmptyPromptBetweenRulesWaits() {
        assertThat(read("waiting-start").state()).isEqualTo(AgentState.WAITING);
        assertThat(read("waiting-interrupted").state()).isEqualTo(AgentState.WAITING);
        assertThat(read("waiting-after-deny").state()).isEqualTo(AgentState.WAITING);
    }

    @Test
    void escToInterruptInTheFooterIsWorking() {
        assertThat(read("working-stream").state()).isEqualTo(AgentState.WORKING);
    }

    @Test
    void aBashPermissionBoxNamesTheToolAndTheExactCommand() {
        assertThat(read("needs-permission-bash"))
                .isEqualTo(new ScreenRules.Read(AgentState.NEEDS_PERMISSION, "Bash: ls /tmp | head -3"));
        assertThat(read("needs-permission-second").state()).isEqualTo(AgentState.NEEDS_PERMISSION);
    }

    @Test
    void aQuestionDialogGivesTheQuestion() {
        assertThat(read("question-ask"))
                .isEqualTo(new ScreenRules.Read(AgentState.QUESTION, "Which database should I use?"));
    }

    @Test
    void errorsOfTheLastTurnWithTheirText() {
        assertThat(read("error-429")).isEqualTo(new ScreenRules.Read(AgentState.ERROR,
                "API Error: Request rejected (429) · You have reached your usage limit"));
        assertThat(read("error-401"))
                .isEqualTo(new ScreenRules.Read(AgentState.ERROR, "Invalid API key · Fix external API key"));
        ScreenRules.Read e500 = read("error-500");
        assertThat(e500.state()).isEqualTo(AgentState.ERROR);
        assertThat(e500.detail()).startsWith("API Error: 500 Internal server error (scripted).")
                .endsWith("check your inference gateway (127.0.0.1:44221).");
    }

    @Test
    void anErrorOfAnEarlierTurnIsOver() {
        // the 500 turn, then a prompt answered normally: the error is above the last prompt echo
        List<String> later = new java.util.ArrayList<>(screen("error-500"));
        int rule = later.size() - 1;
        while (!later.get(rule).startsWith("────")) {
            rule--;
        }
        rule -= 2;
        later.addAll(rule, List.of("❯ try again", "", "● Fine now.", ""));
        assertThat(ScreenRules.read(later).state()).isEqualTo(AgentState.WAITING);
    }

    @Test
    void otherProgramsWaitAtAShellPromptAndAreUnknownOtherwise() {
        assertThat(ScreenRules.read(List.of("claude stand-in ready", "echo: hi", "> ")).state())
                .isEqualTo(AgentState.WAITING);
        assertThat(ScreenRules.read(List.of("compiling 3/9", "")).state()).isEqualTo(AgentState.UNKNOWN);
        assertThat(ScreenRules.read(List.of()).state()).isEqualTo(AgentState.UNKNOWN);
    }
}
