package io.scitex.console.archfixture.agent;

import io.scitex.console.archfixture.ui.Screen;

/** A synthetic back-edge: a bottom-layer class that uses the UI layer (ArchitectureTest proves the rule bites). */
public final class Leaf {
    public String title() {
        return new Screen().name();
    }
}
