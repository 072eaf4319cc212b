package io.scitex.console.status;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.runtime.HookMark;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Builds one {@link AgentStatus} from what a refresh saw. The phase rules shared by both runtimes live here; the
 * runtime-specific ones in {@link TenantPhases} and {@link JobPhases}.
 */
final class AgentStatuses {
    static final String UNREACHABLE = "host unreachable";

    private final AgentSpec spec;
    private final String reservation;
    private final String host;
    private final Optional<AgentStatus> previous;

    AgentStatuses(AgentSpec spec, String host, Optional<AgentStatus> previous) {
        this.spec = spec;
        this.reservation = spec.runtime() == AgentRuntime.SLURM_TENANT ? spec.slurm().reservation() : "";
        this.host = host;
        this.previous = previous;
    }

    String name() {
        return spec.name();
    }

    Optional<AgentStatus> previous() {
        return previous;
    }

    /** The previous status was of {@code jobId} and showed a live session (or one that had just vanished). */
    boolean wasAliveIn(String jobId) {
        return previous.filter(p -> p.jobId().equals(jobId))
                .filter(p -> p.sessionAlive() || p.phase() == AgentPhase.EXITED).isPresent();
    }

    /** No job to show: stopped, not started, no host. */
    AgentStatus plain(AgentPhase phase, String detail) {
        return new AgentStatus(spec.name(), spec.runtime(), reservation, phase, detail, host, "", "", "", "", "", "",
                false, Activity.NONE, List.of(), Optional.empty(), AgentStatus.stateOf(phase), Optional.empty());
    }

    /** The host could not be asked: the last status with phase UNKNOWN, never a guess. */
    AgentStatus unknown(String jobId, String detail) {
        return previous.map(p -> p.withPhase(AgentPhase.UNKNOWN, detail))
                .orElseGet(() -> new AgentStatus(spec.name(), spec.runtime(), reservation, AgentPhase.UNKNOWN, detail,
                        host, jobId, "", "", "", "", "", false, Activity.NONE, List.of(), Optional.empty(),
                        AgentState.UNKNOWN, Optional.empty()));
    }

    /** A job-related phase without a live session; EXITED and LOST keep the last pane lines seen. */
    AgentStatus job(AgentPhase phase, String detail, String jobId, String jobState, Optional<SqueueRow> row) {
        boolean keepTail = phase == AgentPhase.EXITED || phase == AgentPhase.LOST;
        List<String> tail = keepTail ? previous.map(AgentStatus::paneTail).orElse(List.of()) : List.of();
        Optional<Instant> changed = keepTail ? previous.flatMap(AgentStatus::paneChangedAt) : Optional.empty();
        return new AgentStatus(spec.name(), spec.runtime(), reservation, phase, detail, host, jobId, jobState,
                row.map(SqueueRow::nodes).orElse(""), row.map(SqueueRow::elapsed).orElse(""),
                row.map(SqueueRow::timeLeft).orElse(""), row.map(SqueueRow::startTime).orElse(""), false,
                Activity.NONE, tail, changed, AgentStatus.stateOf(phase), Optional.empty());
    }

    /** A live session, with its pane and what the pane says about the agent. */
    AgentStatus running(SqueueRow row, Optional<Pane> pane, Optional<HookMark> hook, Instant now,
            Duration stalledAfter) {
        Activity activity = pane.map(p -> PaneActivity.classify(p.lines(), p.changedNow(), p.unchangedSince(), now,
                stalledAfter)).orElse(Activity.NONE);
        AgentStates.View view = pane.map(p -> AgentStates.resolve(hook, p.lines(), p.changedNow(), p.unchangedSince(),
                now, stalledAfter, previous)).orElse(new AgentStates.View(AgentState.UNKNOWN, Optional.empty()));
        return new AgentStatus(spec.name(), spec.runtime(), reservation, AgentPhase.RUNNING, "", host, row.jobId(),
                row.state().name(), row.nodes(), row.elapsed(), row.timeLeft(), row.startTime(), true, activity,
                pane.map(Pane::lines).orElse(List.of()), pane.flatMap(Pane::changedAt), view.state(), view.needs());
    }

    /** Plain words for a job that waits: SLURM's pending reason, or that it is being configured. */
    static String waiting(SqueueRow row) {
        if (row.state() == JobState.CONFIGURING) {
            return "its node is being set up";
        }
        return row.reason().isNone() ? "waiting in the queue" : row.reason().words();
    }

    /** The job left the queue, ended or is ending. */
    static boolean over(Optional<SqueueRow> row) {
        return row.isEmpty() || !row.get().state().isActive() || row.get().state() == JobState.COMPLETING
                || row.get().state() == JobState.STAGE_OUT;
    }

    static String stateOf(Optional<SqueueRow> row) {
        return row.map(r -> r.state().name()).orElse(ReservationStatus.GONE);
    }

    static String endWords(String jobId, Optional<SqueueRow> row) {
        if (row.isEmpty()) {
            return "job " + jobId + " is no longer in the queue";
        }
        JobState s = row.get().state();
        return s.isTerminal() ? "job " + jobId + " ended: " + s.name() : "job " + jobId + " is ending";
    }
}
