package io.scitex.console.slurm;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One job of the poller's squeue query, as printed (times as SLURM writes them, in the cluster's local time).
 *
 * @param nodes node list; empty while pending
 * @param startTime {@code %S}: actual start, or the expected start of a pending job, or {@code N/A}
 */
public record SqueueRow(
        String jobId,
        String name,
        JobState state,
        String elapsed,
        String timeLeft,
        String nodes,
        PendingReason reason,
        String startTime,
        String partition) {

    public Optional<Duration> elapsedDuration() {
        return duration(elapsed);
    }

    /** Empty for {@code UNLIMITED}, {@code INVALID} and the like. */
    public Optional<Duration> timeLeftDuration() {
        return duration(timeLeft);
    }

    public Optional<LocalDateTime> start() {
        return dateTime(startTime);
    }

    static Optional<Duration> duration(String squeueTime) {
        try {
            return SlurmValues.timeSeconds("time", squeueTime).stream().mapToObj(Duration::ofSeconds).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDateTime> dateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
