package io.scitex.console.archfixture.ui;

import io.scitex.console.archfixture.status.Poller;

/** The fixture's top layer; using a lower layer is allowed. */
public final class Screen {
    public String name() {
        return "screen " + new Poller().tick();
    }
}
