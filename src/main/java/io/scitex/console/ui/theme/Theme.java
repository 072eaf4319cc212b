package io.scitex.console.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer user-agent stylesheet (so every scene, dialog and notification follows), plus
 * the console's own colours (states, host chips), each checked for 4.5:1 contrast by {@code ThemeContrastTest}.
 */
public final class Theme {
    static final String BASE = "/css/console.css";
    static final String DARK = "/css/console-dark.css";
    private static volatile boolean dark;

    private Theme() {}

    /**
     * Switches every scene of the application to light or dark. FX thread. AtlantaFX's compiled (binary) stylesheet:
     * the same rules as its 170 KB CSS without parsing it on every window start.
     */
    public static void use(boolean isDark) {
        dark = isDark;
        Application.setUserAgentStylesheet(userAgentStylesheet(isDark));
    }

    /** The AtlantaFX Primer stylesheet, binary form, for light or dark. */
    public static String userAgentStylesheet(boolean isDark) {
        return isDark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    public static boolean isDark() {
        return dark;
    }

    /** The console's own stylesheets for the current theme. */
    public static List<String> stylesheets() {
        MonoFont.load(); // before CSS names its family (.mono)
        String base = Theme.class.getResource(BASE).toExternalForm();
        return dark ? List.of(base, Theme.class.getResource(DARK).toExternalForm()) : List.of(base);
    }

    public static void style(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    /** For a dialog's pane, which has its own scene. */
    public static void style(Parent pane) {
        pane.getStylesheets().setAll(stylesheets());
    }
}
