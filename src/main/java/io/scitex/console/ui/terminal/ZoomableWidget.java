package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalStarter;
import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import com.techsenger.jeditermfx.ui.TerminalCopyPasteHandler;
import com.techsenger.jeditermfx.ui.TerminalPanel;
import com.techsenger.jeditermfx.ui.settings.SettingsProvider;
import javafx.geometry.Dimension2D;

/**
 * JediTermFX's widget whose font size can change while it runs (Ctrl+Shift+= / - / 0), with copy and paste through
 * JavaFX's clipboard, and an emulator that keeps up with a flood of output without starving repaints (a fair text
 * buffer lock held per chunk read, decision 0604); FX thread.
 */
public final class ZoomableWidget extends JediTermFxWidget {
    private final ThemedSettings settings;
    private final RepaintPace pace;

    ZoomableWidget(int columns, int rows, ThemedSettings settings) {
        super(columns, rows, settings);
        this.settings = settings;
        FairBufferLock.install(getTerminalTextBuffer());
        this.pace = new RepaintPace(getTerminalPanel());
    }

    @Override
    protected TerminalStarter createTerminalStarter(JediTerminal terminal, TtyConnector connector) {
        ChunkedDataStream stream = new ChunkedDataStream(connector, getTerminalTextBuffer(),
                getTypeAheadManager()::onTerminalStateChanged, pace::flooding);
        return new TerminalStarter(terminal, connector, stream, getTypeAheadManager(), getExecutorServiceManager()) {
            @Override
            public void start() { // runs on the emulator's thread, which must not end holding the buffer's lock
                try {
                    super.start();
                } finally {
                    stream.release();
                }
            }
        };
    }

    @Override
    protected TerminalPanel createTerminalPanel(SettingsProvider provider, StyleState style, TerminalTextBuffer buffer) {
        return new Panel(provider, buffer, style);
    }

    /** Grows ({@code steps > 0}), shrinks or (0) resets the font; the terminal's rows and columns follow. */
    public float zoom(int steps) {
        float size = settings.zoom(steps);
        ((Panel) getTerminalPanel()).refont();
        return size;
    }

    /** The current font size in points. */
    public float fontSize() {
        return settings.getTerminalFontSize();
    }

    /** One character cell's size in pixels. */
    public Dimension2D cellSize() {
        return ((Panel) getTerminalPanel()).cell();
    }

    private static final class Panel extends TerminalPanel {
        Panel(SettingsProvider provider, TerminalTextBuffer buffer, StyleState style) {
            super(provider, buffer, style);
        }

        @Override
        protected TerminalCopyPasteHandler createCopyPasteHandler() {
            return new FxClipboard();
        }

        Dimension2D cell() {
            return myCharSize;
        }

        void refont() {
            reinitFontAndResize();
            repaint();
        }
    }
}
