package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import io.scitex.console.ui.theme.Theme;

/** JediTerm's defaults with the window theme's text and background (dark or light) as the terminal's own. */
final class ThemedSettings extends DefaultSettingsProvider {
    private final boolean dark = Theme.isDark();

    @Override
    public TerminalColor getDefaultForeground() {
        return dark ? TerminalColor.rgb(0xc9, 0xd1, 0xd9) : TerminalColor.rgb(0x1f, 0x23, 0x28);
    }

    @Override
    public TerminalColor getDefaultBackground() {
        return dark ? TerminalColor.rgb(0x0d, 0x11, 0x17) : TerminalColor.rgb(0xff, 0xff, 0xff);
    }
}
