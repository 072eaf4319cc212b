package io.scitex.console.slurm;

import java.util.Locale;

/**
 * SLURM job states as squeue and sacct print them (long names from {@code %T}, short codes from {@code %t}).
 * {@link #canMoveTo} says whether a poller may see {@code next} right after this state for the same job id; it
 * allows skipped states, since a poll every few seconds misses short ones (docs/decisions/0303).
 */
public enum JobState {
    PENDING("PD", Phase.WAITING),
    REQUEUED("RQ", Phase.WAITING),
    REQUEUE_HOLD("RH", Phase.WAITING),
    REQUEUE_FED("RF", Phase.WAITING),
    RESV_DEL_HOLD("RD", Phase.WAITING),
    SPECIAL_EXIT("SE", Phase.WAITING),
    CONFIGURING("CF", Phase.STARTING),
    RUNNING("R", Phase.RUNNING),
    SUSPENDED("S", Phase.RUNNING),
    STOPPED("ST", Phase.RUNNING),
    RESIZING("RS", Phase.RUNNING),
    SIGNALING("SI", Phase.RUNNING),
    COMPLETING("CG", Phase.ENDING),
    STAGE_OUT("SO", Phase.ENDING),
    COMPLETED("CD", Phase.ENDED),
    CANCELLED("CA", Phase.ENDED),
    FAILED("F", Phase.ENDED),
    TIMEOUT("TO", Phase.ENDED),
    NODE_FAIL("NF", Phase.ENDED),
    PREEMPTED("PR", Phase.ENDED),
    OUT_OF_MEMORY("OOM", Phase.ENDED),
    BOOT_FAIL("BF", Phase.ENDED),
    DEADLINE("DL", Phase.ENDED),
    REVOKED("RV", Phase.ENDED),
    UNKNOWN("?", Phase.UNKNOWN);

    private enum Phase { WAITING, STARTING, RUNNING, ENDING, ENDED, UNKNOWN }

    private final String code;
    private final Phase phase;

    JobState(String code, Phase phase) {
        this.code = code;
        this.phase = phase;
    }

    public String shortCode() {
        return code;
    }

    /**
     * Long names ({@code RUNNING}), short codes ({@code R}) and sacct's decorations ({@code CANCELLED by 0},
     * {@code CANCELLED+}); anything else is {@link #UNKNOWN}.
     */
    public static JobState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        int cut = t.indexOf(' ');
        t = cut < 0 ? t : t.substring(0, cut);
        t = t.endsWith("+") ? t.substring(0, t.length() - 1) : t;
        for (JobState s : values()) {
            if (s != UNKNOWN && (s.name().equals(t) || s.code.equals(t))) {
                return s;
            }
        }
        return UNKNOWN;
    }

    /** Still in the queue or holding resources: waiting, starting, running or ending. */
    public boolean isActive() {
        return phase != Phase.ENDED && phase != Phase.UNKNOWN;
    }

    public boolean isTerminal() {
        return phase == Phase.ENDED;
    }

    public boolean isPending() {
        return phase == Phase.WAITING;
    }

    public boolean isRunning() {
        return this == RUNNING;
    }

    /**
     * Legal as the next observation of one job: any later phase (states between polls may be missed), the same
     * phase except between two different end states, and back to waiting on a requeue, which SLURM also allows
     * for finished batch jobs ({@code scontrol requeue}). UNKNOWN moves anywhere and anything may become UNKNOWN.
     */
    public boolean canMoveTo(JobState next) {
        if (this == next || this == UNKNOWN || next == UNKNOWN) {
            return true;
        }
        if (phase == Phase.ENDED) {
            return next.phase == Phase.WAITING;
        }
        return next.phase == Phase.WAITING || next.phase.ordinal() >= phase.ordinal();
    }
}
