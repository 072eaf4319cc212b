package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaneActivityTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final Duration STALL = Duration.ofMinutes(10);

    @Test
    void aChangedPaneIsBusyEvenAtAPrompt() {
        assertThat(PaneActivity.classify(List.of("echo: hi", ">"), true, NOW, NOW, STALL)).isEqualTo(Activity.BUSY);
    }

    @Test
    void anUnchangedPaneAtAPromptIsWaitingHoweverLong() {
        assertThat(PaneActivity.classify(List.of("claude stand-in ready", ">"), false, NOW.minusSeconds(3600), NOW,
                STALL)).isEqualTo(Activity.WAITING);
    }

    @Test
    void anUnchangedPaneWithoutAPromptIsIdleThenStalledAfterTheConfiguredTime() {
        List<String> tail = List.of("compiling module 3 of 9");
        assertThat(PaneActivity.classify(tail, false, NOW.minus(STALL).plusSeconds(1), NOW, STALL))
                .isEqualTo(Activity.IDLE);
        assertThat(PaneActivity.classify(tail, false, NOW.minus(STALL), NOW, STALL)).isEqualTo(Activity.STALLED);
        assertThat(PaneActivity.classify(tail, false, NOW.minusSeconds(5), NOW, Duration.ofSeconds(5)))
                .isEqualTo(Activity.STALLED);
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "> ", "$", "$ ", "#", "sacuser@n1:~$", "sacuser@n1:~/work$ ", "root@n1:/#",
            "(venv) $", "  >", "❯", "host %  ", ">>> ", "│ >                               │"})
    void prompts(String line) {
        assertThat(PaneActivity.endsInPrompt(List.of("some output", line, "", "   "))).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo: hi", "<div>", "progress 50%", "a -> b", "cost: 5$x", "## heading", "price 5 $x",
            "claude stand-in ready", "C#", "x>"})
    void notPrompts(String line) {
        assertThat(PaneActivity.endsInPrompt(List.of(line))).as(line).isFalse();
    }

    @Test
    void claudesEmptyInputBoxAboveItsHintLineIsAPrompt() {
        List<String> pane = List.of("● Done.", "╭──────────────────────────╮", "│ >                        │",
                "╰──────────────────────────╯", "  ? for shortcuts");
        assertThat(PaneActivity.endsInPrompt(pane)).isTrue();
        assertThat(PaneActivity.classify(pane, false, NOW.minusSeconds(3600), NOW, STALL)).isEqualTo(Activity.WAITING);
    }

    @Test
    void anEmptyPaneIsNoPrompt() {
        assertThat(PaneActivity.endsInPrompt(List.of())).isFalse();
        assertThat(PaneActivity.endsInPrompt(List.of("", " "))).isFalse();
    }
}
