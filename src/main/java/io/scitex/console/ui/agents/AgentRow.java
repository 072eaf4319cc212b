package io.scitex.console.ui.agents;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.InvalidAgent;
import io.scitex.console.agent.Problem;
import io.scitex.console.status.AgentStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the agents table, keyed by agent name: a valid agent, or one whose YAML has errors (state
 * {@code invalid}). Its properties are updated in place on every refresh so that selection and scroll survive.
 */
public final class AgentRow {
    /** What the files say about one agent: its spec, or (spec null) the problems that keep it from loading. */
    public record Entry(String name, Path file, AgentSpec spec, List<Problem> problems) {
        public static Entry of(AgentSpec spec) {
            return new Entry(spec.name(), spec.file(), spec, List.of());
        }

        public static Entry of(InvalidAgent invalid) {
            return new Entry(invalid.name(), invalid.file(), null, invalid.problems());
        }

        public boolean valid() {
            return spec != null;
        }
    }

    private final String name;
    private final ReadOnlyObjectWrapper<Entry> entry = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stateStyle = new ReadOnlyStringWrapper("state-unknown");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper job = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    // what the files say, as the table's columns read it (set with the entry: no binding made per cell or compare)
    private final ReadOnlyStringWrapper nameText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runtimeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whereText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private AgentStatus status; // the last one applied; null before the first refresh

    public AgentRow(AgentSpec spec) {
        this(Entry.of(spec));
    }

    public AgentRow(Entry e) {
        this.name = e.name();
        setEntry(e);
    }

    public String name() {
        return name;
    }

    /** The agent's spec; null while its YAML is invalid. */
    public AgentSpec spec() {
        return entry.get().spec();
    }

    public Entry entry() {
        return entry.get();
    }

    public ReadOnlyObjectProperty<Entry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    /** A valid SLURM agent: one the window can start, stop and attach. */
    public boolean runnable() {
        return entry.get().valid() && spec().runtime().isSlurm();
    }

    public void setSpec(AgentSpec s) {
        setEntry(Entry.of(s));
    }

    public void setEntry(Entry e) {
        Entry was = entry.get();
        entry.set(e);
        nameText.set(name);
        runtimeText.set(runtime());
        whereText.set(where());
        modelText.set(model());
        fileText.set(e.file() == null ? "" : e.file().toString());
        if (!e.valid()) {
            state.set("invalid: " + e.problems().get(0).message());
            stateStyle.set("state-invalid");
            details.set(e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
            clearStatus();
        } else if (!e.spec().runtime().isSlurm()) {
            state.set("not a SLURM agent");
            stateStyle.set("state-foreign");
            details.set(e.file().toString());
        } else if (was == null || !was.valid() || !was.spec().runtime().isSlurm()) {
            state.set("not checked yet");
            stateStyle.set("state-unknown");
            details.set(e.file().toString());
        }
    }

    private void clearStatus() {
        status = null;
        activity.set("");
        job.set("");
        node.set("");
        elapsed.set("");
        timeLeft.set("");
    }

    /** Where the agent runs: the reservation for tenants, the submission host otherwise. */
    public String where() {
        AgentSpec s = spec();
        if (s == null || !s.runtime().isSlurm()) {
            return "—";
        }
        if (s.runtime() == AgentRuntime.SLURM_TENANT) {
            return s.slurm().reservation();
        }
        return s.remote().isEmpty() ? "(default host)" : s.remote().get(s.remote().size() - 1);
    }

    /** The runtime as the YAML names it ("—" while invalid). */
    public String runtime() {
        return entry.get().valid() ? spec().runtime().yamlName() : "—";
    }

    public String model() {
        return entry.get().valid() ? spec().model() : "";
    }

    /** Applies what the poller saw; the row stays the same object. An invalid row keeps its problem. */
    public void apply(AgentStatus st) {
        if (!entry.get().valid()) {
            return;
        }
        String text = st.phase().label();
        if (!st.detail().isEmpty()) {
            text = text + " (" + st.detail() + ")";
        }
        status = st;
        state.set(text);
        stateStyle.set("state-" + st.phase().name().toLowerCase(Locale.ROOT));
        details.set(text + "\n" + entry.get().file());
        // what claude is doing (decision 0800) where known; the older pane heuristic otherwise
        activity.set(st.state() != io.scitex.console.status.AgentState.NONE ? st.state().label()
                : st.activity().label());
        job.set(st.jobId());
        node.set(st.node());
        elapsed.set(MinuteText.of(st.elapsed())); // to the minute: changes once a minute, not at every refresh
        timeLeft.set(MinuteText.of(st.timeLeft()));
    }

    /** The last status the poller reported; null before the first refresh or while the YAML is invalid. */
    public AgentStatus status() {
        return status;
    }

    /** The host (cluster) the agent runs on as the poller saw it; empty before the first refresh. */
    public String host() {
        return status == null ? "" : status.host();
    }

    public ReadOnlyStringProperty nameProperty() {
        return nameText.getReadOnlyProperty();
    }

    /** {@link #runtime()}, following the entry. */
    public ReadOnlyStringProperty runtimeProperty() {
        return runtimeText.getReadOnlyProperty();
    }

    /** {@link #where()}, following the entry. */
    public ReadOnlyStringProperty whereProperty() {
        return whereText.getReadOnlyProperty();
    }

    /** {@link #model()}, following the entry. */
    public ReadOnlyStringProperty modelProperty() {
        return modelText.getReadOnlyProperty();
    }

    /** The YAML file's path, following the entry. */
    public ReadOnlyStringProperty fileProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateStyleProperty() {
        return stateStyle.getReadOnlyProperty();
    }

    /** The row's tooltip: the whole state, or every problem of an invalid YAML. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeProperty() {
        return node.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }
}
