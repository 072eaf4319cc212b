package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.TextStyle.Option;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.CharUtils;
import com.techsenger.jeditermfx.ui.FxTransformers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Draws the terminal's visible rows on JediTermFX's canvas at a fraction of its own repaint's cost, for use while
 * output floods in (decision 0606): the rows are copied under the buffer's lock ({@link ScreenCopy}) and drawn after
 * it is given back, a run of same-style text with one {@code fillText}, and only rows that changed since the last
 * frame. JediTermFX's repaint draws every cell with its own save/clip/text/restore under the lock. What this leaves
 * out (cursor, selection, search highlights, hyperlinks, blinking) JediTermFX's repaint draws again when the flood
 * ends. FX thread.
 */
final class FloodPainter {
    /** What the painter needs from the terminal panel. */
    interface Surface {
        Canvas canvas();

        TerminalTextBuffer buffer();

        /** First visible row: 0 at the bottom of the output, negative while scrolled into history. */
        int origin();

        Dimension2D cell();

        int insetX();

        /** Pixels between lines (half above, half below the text). */
        int lineGap();

        double descent();

        Font font(char[] chars, TextStyle style);

        Color foreground();

        Color background();

        ColorPalette palette();
    }

    private final Surface surface;
    private final Map<TerminalColor, Color> fgs = new HashMap<>();
    private final Map<TerminalColor, Color> bgs = new HashMap<>();
    private final Map<Font, Double> advances = new HashMap<>();
    private final Map<String, Optional<Font>> fitted = new HashMap<>();
    /** The widest row a fitted font must keep within half a pixel of the cells. */
    private static final int MAX_COLUMNS = 400;
    private List<List<ScreenCopy.Run>> last;
    private String geometry = "";
    private int rowsDrawn;

    FloodPainter(Surface surface) {
        this.surface = surface;
    }

    /** Forgets what was drawn (someone else drew on the canvas): the next frame draws every row. */
    void reset() {
        last = null;
        fgs.clear();
        bgs.clear();
    }

    /** Rows drawn so far (for tests). */
    int rowsDrawn() {
        return rowsDrawn;
    }

    /** Draws one frame: the rows that changed since the last one (all after {@link #reset()} or a resize). */
    void paint() {
        Canvas canvas = surface.canvas();
        Dimension2D cell = surface.cell();
        TerminalTextBuffer buffer = surface.buffer();
        List<List<ScreenCopy.Run>> rows = ScreenCopy.copy(buffer, surface.origin(), buffer.getHeight());
        String now = canvas.getWidth() + "x" + canvas.getHeight() + "/" + cell + "/" + surface.font(new char[] {'W'},
                TextStyle.EMPTY);
        GraphicsContext g = canvas.getGraphicsContext2D();
        boolean all = last == null || !now.equals(geometry);
        if (all) {
            g.setFill(surface.background());
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        for (int r = 0; r < rows.size(); r++) {
            if (all || r >= last.size() || !last.get(r).equals(rows.get(r))) {
                drawRow(g, r, rows.get(r), !all, canvas.getWidth(), cell);
                rowsDrawn++;
            }
        }
        last = rows;
        geometry = now;
    }

    private void drawRow(GraphicsContext g, int row, List<ScreenCopy.Run> runs, boolean clear, double width,
            Dimension2D cell) {
        double cw = cell.getWidth();
        double ch = cell.getHeight();
        double top = row * ch;
        if (clear) {
            g.setFill(surface.background());
            g.fillRect(0, top, width, ch);
        }
        double baseline = Math.round((row + 1) * ch - surface.lineGap() / 2 - surface.descent());
        for (ScreenCopy.Run run : runs) {
            TextStyle style = run.style();
            double x = run.column() * cw + surface.insetX();
            double w = run.text().length() * cw;
            Color bg = background(style);
            if (!bg.equals(surface.background())) {
                g.setFill(bg);
                g.fillRect(x, top, w, ch);
            }
            if (run.blank() || style.hasOption(Option.HIDDEN)) {
                continue;
            }
            Color fg = foreground(style, bg);
            char[] chars = run.text().toCharArray();
            Font font = surface.font(chars, style);
            g.setFont(font);
            g.setFill(fg);
            drawText(g, chars, x, Math.max(0, baseline), cw, font);
            if (style.hasOption(Option.UNDERLINED)) {
                g.setStroke(fg);
                g.strokeLine(x, baseline + 1.5, x + w, baseline + 1.5);
            }
        }
    }

    /**
     * One fillText for plain text, in the font resized so its advance is exactly one cell (a scale transform instead
     * makes the software pipeline draw each glyph from its outline: 4x slower, measured); else one per cell.
     */
    private void drawText(GraphicsContext g, char[] chars, double x, double y, double cw, Font font) {
        Font fitted = plain(chars) ? fitted(font, cw) : null;
        if (fitted != null) {
            String text = new String(chars).stripTrailing();
            if (!text.isEmpty()) {
                g.setFont(fitted);
                g.fillText(text, Math.round(x), y);
            }
            return;
        }
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == CharUtils.DWC || c == ' ' || c == CharUtils.NUL_CHAR) {
                continue;
            }
            int n = Character.isHighSurrogate(c) && i + 1 < chars.length ? 2 : 1;
            g.fillText(new String(chars, i, n), Math.round(x + i * cw), y);
            i += n - 1;
        }
    }

    /** {@code font} at the size whose advance is {@code cw}, or null when none is close enough for a whole row. */
    private Font fitted(Font font, double cw) {
        return fitted.computeIfAbsent(font.toString() + "@" + cw, k -> {
            double advance = advance(font);
            if (Math.abs(advance - cw) * MAX_COLUMNS < 0.5) {
                return Optional.of(font);
            }
            Font f = Font.font(font.getFamily(), weight(font), posture(font), font.getSize() * cw / advance);
            return Math.abs(advance(f) - cw) * MAX_COLUMNS < 0.5 ? Optional.of(f) : Optional.empty();
        }).orElse(null);
    }

    private static FontWeight weight(Font font) {
        return font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }

    private static FontPosture posture(Font font) {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("italic") || style.contains("oblique") ? FontPosture.ITALIC : FontPosture.REGULAR;
    }

    /** Whether every char takes one cell and none combines with its neighbour. */
    private static boolean plain(char[] chars) {
        for (char c : chars) {
            if (c < ' ' || c == CharUtils.DWC || Character.isSurrogate(c) || c >= 0x1100 && c < 0x2500
                    || c >= 0x2E80 || Character.getType(c) == Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private double advance(Font font) {
        return advances.computeIfAbsent(font, f -> {
            Text t = new Text("W".repeat(100));
            t.setFont(f);
            return t.getLayoutBounds().getWidth() / 100;
        });
    }

    private Color background(TextStyle style) {
        return style.hasOption(Option.INVERSE) ? plainForeground(style) : plainBackground(style);
    }

    private Color foreground(TextStyle style, Color bg) {
        Color fg = style.hasOption(Option.INVERSE) ? plainBackground(style) : plainForeground(style);
        return style.hasOption(Option.DIM) ? fg.interpolate(bg, 0.5) : fg;
    }

    private Color plainForeground(TextStyle style) {
        TerminalColor c = style.getForeground();
        return c == null ? surface.foreground() : fgs.computeIfAbsent(c, k -> FxTransformers.toFxColor(
                k.isIndexed() ? surface.palette().getForeground(k) : k.toColor()));
    }

    private Color plainBackground(TextStyle style) {
        TerminalColor c = style.getBackground();
        return c == null ? surface.background() : bgs.computeIfAbsent(c, k -> FxTransformers.toFxColor(
                k.isIndexed() ? surface.palette().getBackground(k) : k.toColor()));
    }
}
