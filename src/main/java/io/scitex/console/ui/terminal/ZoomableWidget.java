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
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;
import com.techsenger.jeditermfx.ui.FxFontMetrics;
import javafx.geometry.Dimension2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

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
        Panel panel = (Panel) getTerminalPanel();
        this.pace = new RepaintPace(panel, new FloodPainter(panel));
    }

    @Override
    public void close() {
        pace.stop();
        super.close();
    }

    /** Who draws during floods (for tests and the bench). */
    RepaintPace pace() {
        return pace;
    }

    @Override
    protected TerminalStarter createTerminalStarter(JediTerminal terminal, TtyConnector connector) {
        ChunkedDataStream stream = new ChunkedDataStream(connector, getTerminalTextBuffer(),
                getTypeAheadManager()::onTerminalStateChanged, pace);
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

    private static final class Panel extends TerminalPanel implements FloodPainter.Surface {
        private final SettingsProvider provider;
        private Dimension2D metricsFor;
        private int lineGap;
        private double descent;

        Panel(SettingsProvider provider, TerminalTextBuffer buffer, StyleState style) {
            super(provider, buffer, style);
            this.provider = provider;
        }

        @Override
        public Canvas canvas() {
            return getCanvas();
        }

        @Override
        public TerminalTextBuffer buffer() {
            return getTerminalTextBuffer();
        }

        @Override
        public int origin() {
            return swingClientScrollOrigin;
        }

        @Override
        public Dimension2D cell() {
            return myCharSize;
        }

        @Override
        public int insetX() {
            return getInsetX();
        }

        @Override
        public int lineGap() {
            metrics();
            return lineGap;
        }

        @Override
        public double descent() {
            metrics();
            return descent;
        }

        @Override
        public Font font(char[] chars, TextStyle style) {
            return getFontToDisplay(chars, 0, chars.length, style);
        }

        @Override
        public Color foreground() {
            return getForeground();
        }

        @Override
        public Color background() {
            return getBackground();
        }

        @Override
        public ColorPalette palette() {
            return provider.getTerminalColorPalette();
        }

        /** The text's place in its cell, measured as JediTermFX measures it, again after each change of font. */
        private void metrics() {
            if (metricsFor != myCharSize) {
                metricsFor = myCharSize;
                Font font = createFont();
                double height = FxFontMetrics.create(font, "W").getHeight();
                lineGap = (int) Math.max(0, Math.round(myCharSize.getHeight() - height));
                descent = FxFontMetrics.create(font, "qpjg").getDescent();
            }
        }

        @Override
        protected TerminalCopyPasteHandler createCopyPasteHandler() {
            return new FxClipboard();
        }

        void refont() {
            reinitFontAndResize();
            repaint();
        }
    }
}
