package io.scitex.console.ui.agents;

import io.scitex.console.slurm.SlurmValues;
import java.util.OptionalLong;

/**
 * A time squeue printed ({@code 1-02:03:04}, {@code 2:03:04}, {@code 3:04}) as the agents table shows it: to the
 * minute ({@code 2h 03m}, {@code 3m}; {@code 1d 02h} from a day on). squeue's seconds change at every refresh, so
 * the table repainted every visible row's two time cells on every snapshot; to the minute they change once a minute
 * (decision 0705). Text squeue printed that is not a time ({@code UNLIMITED}, {@code INVALID}, empty) is kept.
 */
final class MinuteText {
    private MinuteText() {}

    static String of(String squeueTime) {
        if (squeueTime == null || squeueTime.isBlank()) {
            return squeueTime == null ? "" : squeueTime;
        }
        OptionalLong secs;
        try {
            secs = SlurmValues.timeSeconds("time", squeueTime.strip());
        } catch (IllegalArgumentException e) {
            return squeueTime;
        }
        if (secs.isEmpty()) {
            return squeueTime;
        }
        long m = secs.getAsLong() / 60;
        if (m < 60) {
            return m + "m";
        }
        if (m < 24 * 60) {
            return String.format("%dh %02dm", m / 60, m % 60);
        }
        return String.format("%dd %02dh", m / (24 * 60), m / 60 % 24);
    }
}
