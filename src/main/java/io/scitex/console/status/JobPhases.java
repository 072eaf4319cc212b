package io.scitex.console.status;

import io.scitex.console.runtime.PaneReport;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueRow;
import java.time.Duration;
import java.util.Optional;

/** The phase of a {@code runtime: slurm} agent: its recorded job and the session inside it. */
final class JobPhases {
    /** How long a running job may take to bring its session up (pre_agent hook, tmux start) before EXITED. */
    static final Duration STARTING_GRACE = Duration.ofMinutes(2);

    private JobPhases() {}

    static AgentStatus resolve(Targets.SlurmAgent agent, Round round) {
        String name = agent.spec().name();
        AgentStatuses st = new AgentStatuses(agent.spec(), agent.host(), round.previousOf(name));
        round.userStopped().remove(name); // a stop of this runtime cancels the job; the job says how it ended
        if (agent.state().isEmpty()) {
            return st.plain(AgentPhase.STOPPED, "");
        }
        if (agent.host().isEmpty()) {
            return st.unknown(agent.state().get().jobId(), "no host: set spec.remote or the console's default host");
        }
        Optional<HostObservation> obs = round.observation(agent.host());
        if (obs.isEmpty() || obs.get().kind() == HostObservation.Kind.UNREACHABLE) {
            return st.unknown(agent.state().get().jobId(), AgentStatuses.UNREACHABLE);
        }
        if (!obs.get().ok()) {
            return st.unknown(agent.state().get().jobId(), obs.get().error());
        }
        String jobId = obs.get().jobs().getOrDefault(name, agent.state().get()).jobId();
        Optional<SqueueRow> row = obs.get().row(jobId);
        if (AgentStatuses.over(row)) {
            return st.job(AgentPhase.STOPPED, AgentStatuses.endWords(jobId, row), jobId, AgentStatuses.stateOf(row),
                    row);
        }
        SqueueRow r = row.get();
        if (r.state().isPending() || r.state() == JobState.CONFIGURING) {
            return st.job(AgentPhase.PENDING, AgentStatuses.waiting(r), jobId, r.state().name(), row);
        }
        if (r.state() != JobState.RUNNING) {
            return st.unknown(jobId, "job " + jobId + " is " + r.state().name());
        }
        HostObservation.Sweep sweep = obs.get().sweeps().get(jobId);
        if (sweep == null || !sweep.ok()) {
            return st.unknown(jobId, sweep == null ? "pane not checked" : sweep.error());
        }
        PaneReport pane = sweep.result().panes().get(name);
        if (pane != null && pane.kind() != PaneReport.Kind.GONE) {
            return st.running(r, round.panes().pane(agent.host(), jobId, name),
                    Optional.ofNullable(sweep.result().hooks().get(name)), round.now(), round.stalledAfter());
        }
        if (st.wasAliveIn(jobId)) {
            return st.job(AgentPhase.EXITED, "session sac-" + name + " vanished while job " + jobId + " runs", jobId,
                    r.state().name(), row);
        }
        boolean young = r.elapsedDuration().map(e -> e.compareTo(STARTING_GRACE) < 0).orElse(false);
        if (young) {
            return st.job(AgentPhase.STARTING, "waiting for session sac-" + name, jobId, r.state().name(), row);
        }
        return st.job(AgentPhase.EXITED, "no session sac-" + name + " in job " + jobId, jobId, r.state().name(), row);
    }
}
