package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flood painter (decision 0606) draws what JediTermFX's own repaint draws: the same cells have ink, coloured text
 * keeps its colour, Claude Code's box rules and symbols come out as glyphs; and a second frame redraws only the rows
 * that changed.
 */
@ExtendWith(ApplicationExtension.class)
class FloodPainterTest {
    private static final List<String> LINES = List.of("plain text: yes 0123456789 abc", "╭──────────────╮",
            "│ ❯ try it   │", "⎿ ● ✻ ⏵ ⏸ ▐ ▛ ▜ ▝ ╌ ▎", "", "   indented   words");
    private static final int RED_ROW = LINES.size();
    private static final String RED_TEXT = "RED RED RED";
    /** Where the cursor is left: after the red text. The flood painter draws no cursor. */
    private static final int CURSOR = RED_TEXT.length();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void drawsTheCellsJediTermFxDrawsAndThenOnlyChangedRows(FxRobot robot) {
        ZoomableWidget widget = fx(() -> {
            ZoomableWidget w = new ZoomableWidget(40, 10, new ThemedSettings());
            stage.setScene(new Scene(w.getPane(), 600, 400));
            stage.show();
            for (String line : LINES) {
                w.getTerminal().writeCharacters(line);
                w.getTerminal().newLine();
                w.getTerminal().carriageReturn();
            }
            w.getTerminal().characterAttributes(new TextStyle(TerminalColor.rgb(0xe0, 0x20, 0x20), null));
            w.getTerminal().writeCharacters(RED_TEXT);
            w.getTerminal().characterAttributes(TextStyle.EMPTY);
            return w;
        });
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // JediTermFX repaints on its timer
        Image library = fx(() -> widget.getTerminalPanel().getCanvas().snapshot(null, null));
        FloodPainter painter = fx(() -> {
            widget.pace().flooding(true); // pauses JediTermFX's timer
            return new FloodPainter((FloodPainter.Surface) widget.getTerminalPanel());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Image ours = fx(() -> {
            var canvas = widget.getTerminalPanel().getCanvas();
            canvas.getGraphicsContext2D().setFill(Color.MAGENTA); // whatever was there must be painted over
            canvas.getGraphicsContext2D().fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            painter.paint();
            return canvas.snapshot(null, null);
        });
        Dimension2D cell = fx(widget::cellSize);
        Color bg = fx(() -> widget.getTerminalPanel().getBackground());
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 40; col++) {
                if (row == RED_ROW && (col == CURSOR || col == CURSOR + 1)) {
                    continue; // JediTermFX's cursor (with the panel's inset it reaches into the next cell)
                }
                assertThat(ink(ours, cell, col, row, bg)).as("ink in cell %d,%d", col, row)
                        .isEqualTo(ink(library, cell, col, row, bg));
            }
        }
        assertThat(ink(ours, cell, 0, 8, bg)).as("a blank row").isFalse();
        Color red = reddest(ours, cell, 0, RED_ROW);
        assertThat(red.getRed()).as("coloured text keeps its colour").isGreaterThan(0.6);
        assertThat(red.getGreen()).isLessThan(0.4);
        assertThat(painter.rowsDrawn()).isEqualTo(10);

        fx(() -> {
            widget.getTerminal().cursorPosition(1, 1);
            widget.getTerminal().writeCharacters("PLAIN");
            painter.paint();
            return null;
        });
        assertThat(painter.rowsDrawn()).as("only the changed row is drawn again").isEqualTo(11);
        fx(() -> {
            painter.paint();
            return null;
        });
        assertThat(painter.rowsDrawn()).as("nothing changed, nothing drawn").isEqualTo(11);
        robot.interact(widget::close);
    }

    @Test
    void aFloodWithoutInputEndsByItselfSoJediTermFxDrawsTheCursorAgain(FxRobot robot) {
        long[] flooded = new long[1];
        ZoomableWidget widget = fx(() -> {
            ZoomableWidget w = new ZoomableWidget(40, 10, new ThemedSettings());
            stage.setScene(new Scene(w.getPane(), 600, 400));
            stage.show();
            flooded[0] = System.nanoTime();
            w.pace().flooding(true);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> widget.pace().floodPainting())).as("the flood painter draws").isTrue();
        long start = flooded[0];
        // no input comes (the output paused, the emulator waits in a read): the window ends the flood
        while (fx(() -> widget.pace().floodPainting()) && System.nanoTime() - start < 10_000_000_000L) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(fx(() -> widget.pace().floodPainting())).as("ended after %d ms", waited).isFalse();
        assertThat(waited).as("not before the pause (ms)")
                .isGreaterThanOrEqualTo(ChunkedDataStream.PAUSE_NANOS / 1_000_000);
        assertThat(widget.pace().endedByWindow()).as("the emulator is told once").isTrue();
        assertThat(widget.pace().endedByWindow()).isFalse();
        robot.interact(widget::close);
    }

    /** Whether any pixel of the cell differs clearly from the background (a glyph is there). */
    private static boolean ink(Image shot, Dimension2D cell, int column, int row, Color bg) {
        PixelReader r = shot.getPixelReader();
        for (int y = 2; y < (int) cell.getHeight() - 2; y++) {
            for (int x = 1; x < (int) cell.getWidth() - 1; x++) {
                Color c = r.getColor((int) (column * cell.getWidth()) + x, (int) (row * cell.getHeight()) + y);
                if (distance(c, bg) > 0.35) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Color reddest(Image shot, Dimension2D cell, int column, int row) {
        PixelReader r = shot.getPixelReader();
        Color best = Color.BLACK;
        for (int y = 0; y < (int) cell.getHeight(); y++) {
            for (int x = 0; x < (int) cell.getWidth(); x++) {
                Color c = r.getColor((int) (column * cell.getWidth()) + x, (int) (row * cell.getHeight()) + y);
                if (c.getRed() - c.getGreen() > best.getRed() - best.getGreen()) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
