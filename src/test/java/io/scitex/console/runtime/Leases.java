package io.scitex.console.runtime;

import io.scitex.console.lease.Lease;
import java.util.Map;

/** Leases for tests. */
final class Leases {
    private Leases() {}

    static Lease withTmux(String jobId, String socket) {
        return new Lease("spartan-dev-pool", "dev-pool", "spartan", jobId, "n1", true, "2026-04-28T10:00:00Z", "",
                Map.of(Lease.TMUX_SERVER, socket));
    }

    static Lease withoutTmux(String jobId) {
        return new Lease("spartan-dev-pool", "dev-pool", "spartan", jobId, "n1", false, "2026-04-28T10:00:00Z", "",
                Map.of());
    }
}
