package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.ui.TerminalActionPresentation;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import io.scitex.console.ui.theme.MonoFont;
import io.scitex.console.ui.theme.Theme;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;

/**
 * JediTerm's defaults with the window theme's text and background (dark or light) as the terminal's own, the
 * bundled SAC Mono at a zoomable size, and terminal shortcuts that leave every plain Ctrl key to the agent
 * (decision 0010): find is Ctrl+Shift+F, clearing the local buffer has no key (Ctrl+L is the agent's).
 */
final class ThemedSettings extends DefaultSettingsProvider {
    static final float DEFAULT_SIZE = 13f;
    static final float MIN_SIZE = 7f;
    static final float MAX_SIZE = 40f;
    static final int HISTORY_LINES = 1000;
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final boolean dark = Theme.isDark();
    private volatile float size = DEFAULT_SIZE;

    @Override
    public TerminalColor getDefaultForeground() {
        return dark ? TerminalColor.rgb(0xc9, 0xd1, 0xd9) : TerminalColor.rgb(0x1f, 0x23, 0x28);
    }

    @Override
    public TerminalColor getDefaultBackground() {
        return dark ? TerminalColor.rgb(0x0d, 0x11, 0x17) : TerminalColor.rgb(0xff, 0xff, 0xff);
    }

    @Override
    public Font getTerminalFont() {
        return MonoFont.font(size);
    }

    @Override
    public float getTerminalFontSize() {
        return size;
    }

    /** Changes the font size by {@code steps} points (0 resets it); returns the new size. */
    float zoom(int steps) {
        size = steps == 0 ? DEFAULT_SIZE : Math.max(MIN_SIZE, Math.min(MAX_SIZE, size + steps));
        return size;
    }

    /**
     * Lines kept above the screen. JediTermFX copies its whole history list for every line that scrolls into a full
     * one (5000 lines by default: ~12 GB allocated for 20 MB of output); the agent's own history is tmux's (copy mode).
     * Decision 0604.
     */
    @Override
    public int getBufferMaxLinesCount() {
        return HISTORY_LINES;
    }

    @Override
    public TerminalActionPresentation getFindActionPresentation() {
        return new TerminalActionPresentation("Find", FIND);
    }

    @Override
    public TerminalActionPresentation getClearBufferActionPresentation() {
        return new TerminalActionPresentation("Clear Buffer", List.of());
    }
}
