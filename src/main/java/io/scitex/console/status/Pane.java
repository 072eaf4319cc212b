package io.scitex.console.status;

import io.scitex.console.runtime.PaneReport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the console holds of one pane: its hash (sent back with the next sweep so an unchanged pane costs no text)
 * and its last lines.
 *
 * @param firstSeen when the poller first saw this pane in this job
 * @param changedAt when the poller last saw its text change; empty until it does
 * @param changedNow whether the latest sweep found it changed
 */
record Pane(String hash, List<String> lines, Instant firstSeen, Optional<Instant> changedAt, boolean changedNow) {

    Pane {
        lines = List.copyOf(lines);
    }

    /** The pane after one sweep report; empty when the session is gone. */
    static Optional<Pane> next(Optional<Pane> old, PaneReport report, Instant now) {
        switch (report.kind()) {
            case GONE:
                return Optional.empty();
            case SAME:
                return Optional.of(old.map(p -> new Pane(p.hash, p.lines, p.firstSeen, p.changedAt, false))
                        .orElseGet(() -> new Pane(report.hash(), List.of(), now, Optional.empty(), false)));
            default:
                List<String> lines = report.text().isEmpty() ? List.of() : Arrays.asList(report.text().split("\n", -1));
                if (old.isEmpty()) {
                    return Optional.of(new Pane(report.hash(), lines, now, Optional.empty(), false));
                }
                boolean changed = !old.get().hash.equals(report.hash());
                return Optional.of(new Pane(report.hash(), lines, old.get().firstSeen,
                        changed ? Optional.of(now) : old.get().changedAt, changed));
        }
    }

    /** Since when the text has been as it is now. */
    Instant unchangedSince() {
        return changedAt.orElse(firstSeen);
    }
}
