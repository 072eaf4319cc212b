package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.ui.theme.MonoFont;
import io.scitex.console.ui.theme.Theme;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every symbol Claude Code draws comes out as a real glyph, in the terminal and in a {@code mono} label (the log and
 * activity views): none is drawn as the missing-glyph box or left out. A missing glyph is drawn the way a symbol of
 * the same block that no font here has (U+23F4) is, so each symbol's pixels must differ from that one's, and from a
 * blank. With the font the terminal used before (DejaVu Sans Mono), ⎿ fails here.
 */
@ExtendWith(ApplicationExtension.class)
class SymbolGlyphsTest {
    static final List<String> SYMBOLS = List.of("⎿", "●", "✻", "❯", "⏵", "⏸", "▐", "▛", "▜", "▝", "─", "╌", "▎");
    /** ⏴, in the same block as ⏵ and in neither DejaVu Sans Mono nor SAC Mono: the missing-glyph control. */
    private static final String MISSING = "\u23F4";
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void theBundledFontFilesHaveEverySymbol() throws Exception {
        for (String file : MonoFont.FILES) {
            try (InputStream in = MonoFont.class.getResourceAsStream(file)) {
                java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
                assertThat(font.getFamily()).isEqualTo(MonoFont.FAMILY);
                for (String symbol : SYMBOLS) {
                    assertThat(font.canDisplay(symbol.codePointAt(0))).as(file + " has " + symbol).isTrue();
                }
                assertThat(font.canDisplay(MISSING.codePointAt(0))).as("the control case is missing").isFalse();
            }
        }
    }

    @Test
    void theTerminalDrawsEverySymbol(FxRobot robot) {
        ZoomableWidget widget = fx(() -> {
            ZoomableWidget w = new ZoomableWidget(20, SYMBOLS.size() + 4, new ThemedSettings());
            stage.setScene(new Scene(w.getPane(), 400, 500));
            stage.show();
            for (String text : rows()) { // each in column 0 of its own row, so their pixels compare
                w.getTerminal().writeCharacters(text);
                w.getTerminal().newLine();
                w.getTerminal().carriageReturn();
            }
            return w;
        });
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS); // the panel repaints on a timer
        assertThat(widget.getTerminalPanel()).isNotNull();
        Image shot = fx(() -> widget.getTerminalPanel().getCanvas().snapshot(null, null));
        Dimension2D cell = fx(widget::cellSize);
        int[] missing = cell(shot, cell, 0, SYMBOLS.size());
        int[] blank = cell(shot, cell, 0, SYMBOLS.size() + 1);
        for (int i = 0; i < SYMBOLS.size(); i++) {
            int[] symbol = cell(shot, cell, 0, i);
            assertThat(symbol).as(SYMBOLS.get(i) + " drawn").isNotEqualTo(blank);
            assertThat(symbol).as(SYMBOLS.get(i) + " is not the missing-glyph box").isNotEqualTo(missing);
        }
        robot.interact(widget::close);
    }

    @Test
    void aMonoLabelDrawsEverySymbolInSacMono(FxRobot robot) {
        List<Label> labels = fx(() -> {
            VBox box = new VBox();
            SYMBOLS.forEach(s -> box.getChildren().add(mono(s)));
            box.getChildren().add(mono(MISSING));
            box.getChildren().add(mono(" "));
            Scene scene = new Scene(box, 200, 600);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            return box.getChildren().stream().map(Label.class::cast).toList();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int[] missing = pixels(robot, labels.get(SYMBOLS.size()));
        int[] blank = pixels(robot, labels.get(SYMBOLS.size() + 1));
        assertThat(missing).isNotEqualTo(blank);
        for (int i = 0; i < SYMBOLS.size(); i++) {
            Label label = labels.get(i);
            assertThat(label.getFont().getFamily()).as("the mono style's font").isEqualTo(MonoFont.FAMILY);
            int[] symbol = pixels(robot, label);
            assertThat(symbol).as(SYMBOLS.get(i) + " drawn").isNotEqualTo(blank);
            assertThat(symbol).as(SYMBOLS.get(i) + " is not the missing-glyph box").isNotEqualTo(missing);
        }
    }

    private static List<String> rows() {
        List<String> rows = new java.util.ArrayList<>(SYMBOLS);
        rows.add(MISSING);
        rows.add(" ");
        return rows;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Label mono(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mono");
        l.setMinSize(24, 20);
        l.setPrefSize(24, 20);
        l.setMaxSize(24, 20);
        return l;
    }

    private static int[] pixels(FxRobot robot, Label label) {
        Image shot = fx(() -> label.snapshot(null, null));
        return cell(shot, new Dimension2D(shot.getWidth(), shot.getHeight()), 0, 0);
    }

    private static int[] cell(Image shot, Dimension2D cell, int column, int row) {
        PixelReader r = shot.getPixelReader();
        int w = (int) cell.getWidth();
        int h = (int) cell.getHeight();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = r.getArgb((int) (column * cell.getWidth()) + x, (int) (row * cell.getHeight()) + y);
            }
        }
        return Arrays.copyOf(out, out.length);
    }
}
