package io.scitex.console.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * What one tenant operation did.
 *
 * @param stdout what tmux printed (for failures: what the console shows)
 * @param stderr tmux's error, or srun's when the whole batch failed
 */
public record TenantResult(String name, Status status, String stdout, String stderr) {

    public enum Status {
        STARTED("started"),
        RESTARTED("restarted"),
        EXISTS("exists"),
        STOPPED("stopped"),
        ABSENT("absent"),
        FAILED("failed");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        static Optional<Status> fromWire(String s) {
            return Arrays.stream(values()).filter(v -> v.wire.equals(s)).findFirst();
        }
    }

    public boolean ok() {
        return status != Status.FAILED;
    }

    /** Upstream's failed-start text: {@code tmux new-session failed in reservation <id>: stdout=… stderr=…}. */
    public String failureText(String leaseId) {
        return "tmux new-session failed in reservation " + leaseId + ": stdout=" + stdout.strip() + " stderr="
                + stderr.strip();
    }
}
