package io.scitex.console.archfixture.status;

/** The fixture's middle layer, with no edges of its own. */
public final class Poller {
    public int tick() {
        return 1;
    }
}
