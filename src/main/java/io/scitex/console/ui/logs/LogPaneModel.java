package io.scitex.console.ui.logs;

import io.scitex.console.runtime.LogTail;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

/**
 * The Log pane's state (docs/decisions/0512): the selected agent's lossless output log, tailed while the pane is
 * shown ({@link #activeProperty}), into a bounded {@link OutputLogModel} drained once per pulse ({@link #pulse}).
 * Opening and closing tails happens off the FX thread; switching agent or hiding the pane closes the tail. FX
 * thread only, except the tail's callbacks.
 */
public final class LogPaneModel implements AutoCloseable {
    /** Lines applied in one pulse at most: a burst of any size keeps pulses short (bench/run logview). */
    static final int PER_PULSE = 20_000;
    /** Lines waiting for the FX thread beyond which the stream's thread waits for a pulse (at most PATIENCE). */
    static final int ROOM = PER_PULSE;
    static final java.time.Duration PATIENCE = java.time.Duration.ofMillis(100);
    static final String NONE = "Select an agent to follow";
    static final String NO_LOG = "no output log yet";
    static final String GAP_MARK = "··· some output was rotated away on the cluster before it was read ···";

    private final OutputLogModel output = new OutputLogModel(OutputLogModel.DEFAULT_CAP);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NONE);
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final Map<String, List<String>> screens = new HashMap<>();
    private final Object lock = new Object();
    private LogSource source = LogSource.NONE;
    private UiExecutor ui;
    private Consumer<String> message = m -> { };
    private String agent;
    private AutoCloseable tail;
    private int generation;
    private volatile int live;
    private String state = "";
    private SaveChooser saveChooser = SaveChooser.DIALOG;

    public LogPaneModel() {
        active.addListener((o, was, now) -> restart());
    }

    /** Wires where logs come from and how many lines are kept; until then nothing is followed. */
    public void setSource(LogSource source, UiExecutor ui, int cap, Consumer<String> message) {
        this.source = source;
        this.ui = ui;
        this.message = message;
        output.setCap(cap);
        restart();
    }

    /** The lines kept (every line, not only the filtered ones). */
    public ObservableList<String> lines() {
        return output.all();
    }

    public OutputLogModel output() {
        return output;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while the pane is shown: only then is a log tailed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public String agent() {
        return agent;
    }

    /** The agent to follow (the window's selection), or null. */
    public void show(String agentName) {
        if (!Objects.equals(agent, agentName)) {
            agent = agentName;
            restart();
        }
    }

    /** Keeps each agent's last screen: shown for an agent that has no output log (started before there were any). */
    public void apply(ClusterSnapshot snapshot) {
        for (AgentStatus st : snapshot.agents().values()) {
            if (!st.paneTail().isEmpty()) {
                screens.put(st.agent(), st.paneTail());
            }
        }
    }

    /** Once per FX pulse: applies what arrived (at most {@link #PER_PULSE} lines); returns how many lines. */
    public int pulse() {
        int n = output.drain(PER_PULSE);
        if (n > 0) {
            if (state.startsWith(NO_LOG)) {
                state = ""; // the log appeared
            }
            updateTitle();
        }
        return n;
    }

    private void restart() {
        stopTail();
        synchronized (lock) {
            live = ++generation;
            output.clear();
        }
        state = agent == null ? "" : "opening its output log…";
        updateTitle();
        if (agent == null || !active.get() || ui == null) {
            return;
        }
        int gen = generation;
        String name = agent;
        ui.submit(() -> source.open(name, output.cap(), new Listener(gen)), t -> {
            if (gen == generation) {
                tail = t;
                state = "";
                updateTitle();
            } else {
                closeLater(t);
            }
        }, e -> {
            if (gen == generation) {
                state = e.getMessage();
                updateTitle();
                message.accept("Cannot follow the output of " + name + ": " + e.getMessage());
            }
        });
    }

    /** Writes the lines shown (or every line kept) to {@code file}, off the FX thread; reports in the status bar. */
    public void save(Path file, boolean visibleOnly) {
        if (ui == null) {
            return;
        }
        List<String> snapshot = List.copyOf(visibleOnly ? output.visible() : output.all());
        String what = visibleOnly ? "the lines shown" : "every line kept";
        ui.submit(() -> Files.write(file, snapshot, java.nio.charset.StandardCharsets.UTF_8),
                p -> message.accept("Saved " + snapshot.size() + " lines (" + what + ") to " + file),
                e -> message.accept("Could not save " + file + ": " + e.getMessage()));
    }

    /** How Save asks for the file (the save dialog unless a test answers instead). */
    public SaveChooser saveChooser() {
        return saveChooser;
    }

    public void setSaveChooser(SaveChooser chooser) {
        saveChooser = chooser == null ? SaveChooser.DIALOG : chooser;
    }

    private void updateTitle() {
        if (agent == null) {
            title.set(NONE);
            return;
        }
        int n = output.all().size();
        String kept = n + " line" + (n == 1 ? "" : "s") + (output.dropped() > 0 ? " (the oldest " + output.dropped()
                + " dropped: the pane keeps " + output.cap() + ")" : "");
        title.set(agent + " — " + (state.isEmpty() ? kept : n == 0 ? state : kept + " · " + state));
    }

    private void missing() {
        state = NO_LOG + " (started before the console kept one?); waiting for it";
        List<String> screen = screens.get(agent);
        if (screen != null) {
            state += "; its screen at the last refresh is shown";
            output.offer(screen);
            output.drain();
        }
        updateTitle();
    }

    private void stopTail() {
        if (tail != null) {
            closeLater(tail);
            tail = null;
        }
    }

    private void closeLater(AutoCloseable t) {
        if (ui != null) {
            ui.submit(() -> {
                t.close();
                return null;
            }, x -> { }, e -> { });
        }
    }

    /** Stops following (the window closes). */
    @Override
    public void close() {
        agent = null;
        restart();
    }

    /** The tail's callbacks, on the stream's thread: lines of a tail that is no longer shown are dropped. */
    private final class Listener implements LogTail.Listener {
        private final int gen;

        Listener(int gen) {
            this.gen = gen;
        }

        @Override
        public void lines(List<String> lines) {
            if (gen != live) {
                return; // a tail no longer shown: never wait on the next agent's queue
            }
            // outside the lock, which the FX thread takes to switch agents
            output.awaitRoom(ROOM, PATIENCE);
            synchronized (lock) {
                if (gen == live) {
                    output.offer(lines);
                }
            }
        }

        @Override
        public void gap() {
            lines(List.of(GAP_MARK));
        }

        @Override
        public void synced(boolean missing) {
            if (missing) {
                ui.onUi(() -> {
                    if (gen == generation && output.all().isEmpty() && !output.hasPending()) {
                        missing();
                    }
                });
            }
        }
    }
}
