package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.ui.TerminalCopyPasteHandler;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copy and paste through JavaFX's clipboard (FX thread). JediTermFX's default goes through AWT's, which starts a
 * second toolkit in a JavaFX window and is missing where AWT is headless. There is no separate selection clipboard.
 */
final class FxClipboard implements TerminalCopyPasteHandler {
    @Override
    public void setContents(String text, boolean selection) {
        if (selection) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String getContents(boolean selection) {
        if (selection) {
            return null;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : null;
    }
}
