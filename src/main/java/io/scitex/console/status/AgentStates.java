package io.scitex.console.status;

import io.scitex.console.runtime.HookMark;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state of a running agent: the hooks first, the screen second (docs/decisions/0800). The screen overrides a
 * hook only where hooks are known to miss: a dialog the hooks announced that is no longer on screen (answered or
 * cancelled in the terminal), a turn the hooks say runs while the screen shows the empty prompt (an Esc interrupt).
 */
final class AgentStates {
    /** How long a hook's word outranks a screen that has not caught up yet. */
    static final Duration SCREEN_LAG = Duration.ofSeconds(3);

    /** A state and, when the agent needs its user, why. */
    record View(AgentState state, Optional<Needs> needs) {
        static final View NONE = new View(AgentState.NONE, Optional.empty());
    }

    private AgentStates() {}

    /**
     * @param hook the pane's hook mark, if the hooks ran
     * @param pane the pane's last lines
     * @param changedNow the pane changed since the previous refresh
     * @param unchangedSince when the pane text last changed
     * @param previous the agent's previous state, for when a need began
     */
    static View resolve(Optional<HookMark> hook, List<String> pane, boolean changedNow, Instant unchangedSince,
            Instant now, Duration stalledAfter, Optional<AgentStatus> previous) {
        ScreenRules.Read screen = ScreenRules.read(pane);
        Optional<HookReading> h = hook.flatMap(HookReading::of);
        AgentState state;
        String detail;
        Optional<Instant> hookSince = Optional.empty();
        switch (screen.state()) {
            case NEEDS_PERMISSION, QUESTION -> {
                state = screen.state();
                boolean same = h.filter(x -> x.state() == screen.state()).isPresent();
                detail = same && !h.get().detail().isEmpty() ? h.get().detail() : screen.detail();
                hookSince = same ? Optional.of(h.get().at()) : Optional.empty();
            }
            case WORKING -> {
                state = AgentState.WORKING;
                detail = "";
            }
            default -> {
                if (h.isPresent() && (!overruled(h.get(), screen, now) || screen.state() == AgentState.UNKNOWN)) {
                    state = h.get().state();
                    detail = h.get().detail();
                    hookSince = Optional.of(h.get().at());
                } else if (screen.state() != AgentState.UNKNOWN) {
                    state = screen.state();
                    detail = screen.detail();
                } else {
                    state = changedNow ? AgentState.WORKING : AgentState.UNKNOWN;
                    detail = "";
                }
            }
        }
        if (state == AgentState.WORKING && !changedNow
                && Duration.between(unchangedSince, now).compareTo(stalledAfter) >= 0
                && h.map(x -> Duration.between(x.at(), now).compareTo(stalledAfter) >= 0).orElse(true)) {
            state = AgentState.STALLED;
        }
        if (!state.needsUser()) {
            return new View(state, Optional.empty());
        }
        String kind = state.label();
        Instant since = hookSince.orElseGet(() -> previous.flatMap(AgentStatus::needs)
                .filter(n -> n.kind().equals(kind)).map(Needs::since).orElse(now));
        return new View(state, Optional.of(new Needs(kind, detail, since)));
    }

    /** The screen shows the turn over (or errored) while the hook, older than the screen lag, says otherwise. */
    private static boolean overruled(HookReading h, ScreenRules.Read screen, Instant now) {
        boolean old = Duration.between(h.at(), now).compareTo(SCREEN_LAG) >= 0;
        boolean hookBusy = h.state() == AgentState.WORKING || h.state() == AgentState.NEEDS_PERMISSION
                || h.state() == AgentState.QUESTION;
        if (screen.state() == AgentState.ERROR && h.state() != AgentState.ERROR) {
            return old || h.state() == AgentState.WAITING;
        }
        return hookBusy && old && screen.state() == AgentState.WAITING;
    }
}
