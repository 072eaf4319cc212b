package io.scitex.console.lease;

import io.scitex.console.settings.AtomicFile;
import java.nio.file.Path;
import java.util.Map;

/** Saves a lease and dies (no cleanup, no shutdown hooks) after the temp file is written, before the rename. */
public final class LeaseCrashMain {
    static final int HALT_STATUS = 77;

    private LeaseCrashMain() {}

    public static void main(String[] args) throws Exception {
        LeaseStore store = new LeaseStore(Path.of(args[0]), new AtomicFile(temp -> Runtime.getRuntime().halt(HALT_STATUS)));
        store.save(new Lease("sac-test-dev-pool", "dev-pool", "sac-test", "9999", "", true, "", "", Map.of()));
        System.exit(0);
    }
}
