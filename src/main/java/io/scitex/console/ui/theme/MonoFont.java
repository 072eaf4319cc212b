package io.scitex.console.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The console's monospace font, SAC Mono (DejaVu Sans Mono with the symbols Claude Code draws that it lacks, decision
 * 0603), bundled as a resource and registered with JavaFX once, so CSS ({@code .mono}) and the terminal can name it.
 */
public final class MonoFont {
    public static final String FAMILY = "SAC Mono";
    /** The bundled files, regular first. */
    public static final List<String> FILES = List.of("/fonts/SACMono-Regular.ttf", "/fonts/SACMono-Bold.ttf");
    private static volatile boolean loaded;

    private MonoFont() {}

    /** Registers the bundled font files with JavaFX (idempotent). */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (MonoFont.class) {
            if (loaded) {
                return;
            }
            for (String file : FILES) {
                try (InputStream in = MonoFont.class.getResourceAsStream(file)) {
                    if (in == null || Font.loadFont(in, 12) == null) {
                        throw new IllegalStateException("the bundled font " + file + " could not be loaded");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("reading the bundled font " + file, e);
                }
            }
            loaded = true;
        }
    }

    /** SAC Mono at {@code size} points. */
    public static Font font(double size) {
        load();
        return Font.font(FAMILY, size);
    }
}
