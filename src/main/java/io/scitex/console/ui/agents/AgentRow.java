package io.scitex.console.ui.agents;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.status.AgentStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the agents table, keyed by agent name. Its properties are updated in place on every refresh so that
 * selection and scroll position survive.
 */
public final class AgentRow {
    private final String name;
    private final ReadOnlyObjectWrapper<AgentSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stateStyle = new ReadOnlyStringWrapper("state-unknown");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper job = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");

    public AgentRow(AgentSpec spec) {
        this.name = spec.name();
        this.spec.set(spec);
        if (!spec.runtime().isSlurm()) {
            state.set("not a SLURM agent");
            stateStyle.set("state-foreign");
        }
    }

    public String name() {
        return name;
    }

    public AgentSpec spec() {
        return spec.get();
    }

    public void setSpec(AgentSpec s) {
        spec.set(s);
    }

    public ReadOnlyObjectProperty<AgentSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Where the agent runs: the reservation for tenants, the submission host otherwise. */
    public String where() {
        AgentSpec s = spec.get();
        if (s.runtime() == AgentRuntime.SLURM_TENANT) {
            return s.slurm().reservation();
        }
        if (!s.runtime().isSlurm()) {
            return "—";
        }
        return s.remote().isEmpty() ? "(default host)" : s.remote().get(s.remote().size() - 1);
    }

    /** Applies what the poller saw; the row stays the same object. */
    public void apply(AgentStatus st) {
        String text = st.phase().label();
        if (!st.detail().isEmpty()) {
            text = text + " (" + st.detail() + ")";
        }
        state.set(text);
        stateStyle.set("state-" + st.phase().name().toLowerCase(java.util.Locale.ROOT));
        activity.set(st.activity().label());
        job.set(st.jobId());
        node.set(st.node());
        elapsed.set(st.elapsed());
        timeLeft.set(st.timeLeft());
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateStyleProperty() {
        return stateStyle.getReadOnlyProperty();
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
