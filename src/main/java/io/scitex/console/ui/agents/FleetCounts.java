package io.scitex.console.ui.agents;

import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.AgentStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * How many agents of a group are in each state the user scans for: working, needing them, pending, stopped (or
 * exited, or lost) and unknown (host unreachable, or not checked yet). Immutable.
 */
public record FleetCounts(int working, int needsYou, int pending, int stopped, int unknown) {
    public static final FleetCounts NONE = new FleetCounts(0, 0, 0, 0, 0);

    /** The counts plus one agent (null: not checked yet, counted unknown). */
    public FleetCounts plus(AgentStatus st) {
        if (st == null) {
            return new FleetCounts(working, needsYou, pending, stopped, unknown + 1);
        }
        if (st.state().needsUser()) {
            return new FleetCounts(working, needsYou + 1, pending, stopped, unknown);
        }
        AgentPhase p = st.phase();
        return switch (p) {
            case RUNNING, STARTING -> new FleetCounts(working + 1, needsYou, pending, stopped, unknown);
            case PENDING -> new FleetCounts(working, needsYou, pending + 1, stopped, unknown);
            case STOPPED, EXITED, LOST -> new FleetCounts(working, needsYou, pending, stopped + 1, unknown);
            default -> new FleetCounts(working, needsYou, pending, stopped, unknown + 1);
        };
    }

    public int total() {
        return working + needsYou + pending + stopped + unknown;
    }

    /** "12 working · 2 need you · 3 stopped": the non-zero counts, working, need you and stopped always. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(working + " working");
        parts.add(needsYou + (needsYou == 1 ? " needs you" : " need you"));
        if (pending > 0) {
            parts.add(pending + " pending");
        }
        parts.add(stopped + " stopped");
        if (unknown > 0) {
            parts.add(unknown + " unknown");
        }
        return String.join(" · ", parts);
    }

    /** "2 working · 1 needs you": only the non-zero counts, for the narrow fleet tree ("" when there are none). */
    public String compact() {
        List<String> parts = new ArrayList<>();
        if (working > 0) {
            parts.add(working + " working");
        }
        if (needsYou > 0) {
            parts.add(needsYou + (needsYou == 1 ? " needs you" : " need you"));
        }
        if (pending > 0) {
            parts.add(pending + " pending");
        }
        if (stopped > 0) {
            parts.add(stopped + " stopped");
        }
        if (unknown > 0) {
            parts.add(unknown + " unknown");
        }
        return String.join(" · ", parts);
    }
}
