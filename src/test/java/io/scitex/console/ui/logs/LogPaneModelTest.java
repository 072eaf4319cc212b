package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.runtime.LogTail;
import io.scitex.console.ui.common.DirectUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Log pane's model with a source the test drives: one tail at a time, for the agent shown, while shown. */
class LogPaneModelTest {
    @TempDir
    Path tmp;

    private final List<String> opened = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private final Map<String, LogTail.Listener> listeners = new HashMap<>();
    private final List<String> messages = new ArrayList<>();

    private final LogSource source = (agent, lines, listener) -> {
        opened.add(agent + ":" + lines);
        listeners.put(agent, listener);
        return () -> closed.add(agent);
    };

    private LogPaneModel model(int cap) {
        LogPaneModel m = new LogPaneModel();
        m.setSource(source, new DirectUiExecutor(), cap, messages::add);
        return m;
    }

    @Test
    void tailsTheAgentShownOnlyWhileThePaneIsShownAndClosesItsTailOnSwitchOrHide() {
        LogPaneModel m = model(1000);
        m.show("a");
        assertThat(opened).as("the pane is not shown yet").isEmpty();
        m.activeProperty().set(true);
        assertThat(opened).containsExactly("a:1000");
        m.show("b");
        assertThat(closed).containsExactly("a");
        assertThat(opened).containsExactly("a:1000", "b:1000");
        m.activeProperty().set(false);
        assertThat(closed).containsExactly("a", "b");
        m.activeProperty().set(true);
        m.close();
        assertThat(closed).containsExactly("a", "b", "b");
        assertThat(m.titleProperty().get()).isEqualTo(LogPaneModel.NONE);
    }

    @Test
    void linesAppearAtThePulseAndAClosedTailsLinesNever() {
        LogPaneModel m = model(1000);
        m.activeProperty().set(true);
        m.show("a");
        LogTail.Listener a = listeners.get("a");
        a.lines(List.of("one", "two"));
        assertThat(m.lines()).as("before the pulse").isEmpty();
        assertThat(m.pulse()).isEqualTo(2);
        assertThat(m.lines()).containsExactly("one", "two");
        assertThat(m.titleProperty().get()).isEqualTo("a — 2 lines");

        m.show("b");
        a.lines(List.of("late line of a"));
        listeners.get("b").lines(List.of("b1"));
        a.gap();
        m.pulse();
        assertThat(m.lines()).containsExactly("b1");
        listeners.get("b").gap();
        m.pulse();
        assertThat(m.lines()).containsExactly("b1", LogPaneModel.GAP_MARK);
    }

    @Test
    void keepsAtMostTheCapAndSaysHowManyFellOff() {
        LogPaneModel m = model(3);
        m.activeProperty().set(true);
        m.show("a");
        listeners.get("a").lines(List.of("1", "2", "3", "4", "5"));
        m.pulse();
        assertThat(m.lines()).containsExactly("3", "4", "5");
        assertThat(m.titleProperty().get()).isEqualTo("a — 3 lines (the oldest 2 dropped: the pane keeps 3)");
    }

    @Test
    void savesTheLinesShownOrEveryLineKept() throws Exception {
        LogPaneModel m = model(1000);
        m.activeProperty().set(true);
        m.show("a");
        listeners.get("a").lines(List.of("build ok", "test failed", "build done"));
        m.pulse();
        m.output().filter("build");
        m.save(tmp.resolve("shown.log"), true);
        m.save(tmp.resolve("all.log"), false);
        assertThat(Files.readAllLines(tmp.resolve("shown.log"))).containsExactly("build ok", "build done");
        assertThat(Files.readAllLines(tmp.resolve("all.log"))).containsExactly("build ok", "test failed", "build done");
        assertThat(messages).containsExactly("Saved 2 lines (the lines shown) to " + tmp.resolve("shown.log"),
                "Saved 3 lines (every line kept) to " + tmp.resolve("all.log"));
    }
}
