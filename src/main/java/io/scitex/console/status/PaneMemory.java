package io.scitex.console.status;

import io.scitex.console.runtime.PaneReport;
import io.scitex.console.runtime.SweepResult;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The panes the console holds, per host and job. A host's panes are replaced as a whole after each of its
 * refreshes, so sessions and jobs that went away are forgotten.
 */
final class PaneMemory {
    private final Map<String, Map<String, Pane>> byHost = new ConcurrentHashMap<>();

    /** Session name to hash of the panes held for {@code jobId}: what the next sweep of that job sends. */
    Map<String, String> hashes(String host, String jobId) {
        Map<String, String> out = new HashMap<>();
        String prefix = jobId + "/";
        byHost.getOrDefault(host, Map.of()).forEach((k, p) -> {
            if (k.startsWith(prefix) && !p.hash().isEmpty()) {
                out.put(k.substring(prefix.length()), p.hash());
            }
        });
        return out;
    }

    Optional<Pane> pane(String host, String jobId, String agent) {
        return Optional.ofNullable(byHost.getOrDefault(host, Map.of()).get(jobId + "/" + agent));
    }

    /** Collects one host's sweeps of a refresh; {@link Update#commit} replaces what was held. */
    Update update(String host, Instant now) {
        return new Update(host, now);
    }

    final class Update {
        private final String host;
        private final Instant now;
        private final Map<String, Pane> old;
        private final Map<String, Pane> fresh = new HashMap<>();

        private Update(String host, Instant now) {
            this.host = host;
            this.now = now;
            this.old = byHost.getOrDefault(host, Map.of());
        }

        void add(String jobId, SweepResult sweep) {
            for (PaneReport r : sweep.panes().values()) {
                String key = jobId + "/" + r.name();
                Pane.next(Optional.ofNullable(old.get(key)), r, now).ifPresent(p -> fresh.put(key, p));
            }
        }

        /** Keeps what was held for a job that could not be swept this time. */
        void keep(String jobId) {
            String prefix = jobId + "/";
            old.forEach((k, p) -> {
                if (k.startsWith(prefix)) {
                    fresh.put(k, new Pane(p.hash(), p.lines(), p.firstSeen(), p.changedAt(), false));
                }
            });
        }

        void commit() {
            byHost.put(host, Map.copyOf(fresh));
        }
    }
}
