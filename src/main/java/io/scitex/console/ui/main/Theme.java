package io.scitex.console.ui.main;

import javafx.scene.Scene;

/** Light and dark themes: one stylesheet of looked-up colours plus a dark override. */
public final class Theme {
    private static final String BASE = Theme.class.getResource("/css/console.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("/css/console-dark.css").toExternalForm();

    private Theme() {}

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(BASE);
        if (dark) {
            scene.getStylesheets().add(DARK);
        }
    }
}
