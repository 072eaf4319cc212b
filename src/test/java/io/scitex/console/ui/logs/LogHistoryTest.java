package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogHistoryTest {

    @Test
    void appendsOnlyTheLinesPastTheOverlap() {
        LogHistory h = new LogHistory(100);
        assertThat(h.merge(List.of("a", "b", "c")).added()).containsExactly("a", "b", "c");
        assertThat(h.merge(List.of("b", "c", "d", "e")).added()).containsExactly("d", "e");
        assertThat(h.lines()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void anUnchangedTailAddsNothing() {
        LogHistory h = new LogHistory(100);
        h.merge(List.of("x", "> ", "", ""));
        assertThat(h.merge(List.of("x", "> ")).isEmpty()).isTrue();
        assertThat(h.lines()).containsExactly("x", "> ");
    }

    @Test
    void aTailWithNoOverlapIsMarkedAsAGap() {
        LogHistory h = new LogHistory(100);
        h.merge(List.of("1", "2"));
        assertThat(h.merge(List.of("7", "8")).added()).containsExactly(LogHistory.GAP_MARK, "7", "8");
    }

    @Test
    void keepsAtMostTheCapMostRecentLines() {
        LogHistory h = new LogHistory(3);
        h.merge(List.of("1", "2"));
        h.merge(List.of("2", "3", "4", "5"));
        assertThat(h.lines()).containsExactly("3", "4", "5");
        assertThat(h.size()).isEqualTo(3);
    }

    @Test
    void repeatedLinesUseTheLongestOverlap() {
        LogHistory h = new LogHistory(100);
        h.merge(List.of("> ", "> "));
        assertThat(h.merge(List.of("> ", "> ", "echo: hi")).added()).containsExactly("echo: hi");
    }

    @Test
    void aPromptTypedIntoInPlaceIsUpdatedNotRepeated() {
        LogHistory h = new LogHistory(100);
        h.merge(List.of("claude stand-in ready", "agent: a", ">"));
        LogHistory.Change c = h.merge(List.of("claude stand-in ready", "agent: a", "> hello", "echo: hello", ">"));
        assertThat(c.replacedLast()).isEqualTo("> hello");
        assertThat(c.added()).containsExactly("echo: hello", ">");
        assertThat(h.lines()).containsExactly("claude stand-in ready", "agent: a", "> hello", "echo: hello", ">");
    }

    @Test
    void aScrolledPaneWithAnEditedLastLineStillLinesUp() {
        LogHistory h = new LogHistory(100);
        h.merge(List.of("1", "2", "3", "> "));
        LogHistory.Change c = h.merge(List.of("3", "> ls", "a b", "> "));
        assertThat(c.replacedLast()).isEqualTo("> ls");
        assertThat(h.lines()).containsExactly("1", "2", "3", "> ls", "a b", "> ");
    }
}
