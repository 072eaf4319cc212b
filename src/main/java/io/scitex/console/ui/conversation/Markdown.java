package io.scitex.console.ui.conversation;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The simple markdown of assistant answers as blocks of styled runs, parsed by commonmark-java: paragraphs,
 * headings, code blocks, bullet and numbered list items, bold, italics and inline code. Pure: no JavaFX here
 * ({@link MarkdownNodes} draws the blocks), so it is unit-tested plainly.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();

    /** A run of text with one style. */
    public record Run(String text, boolean bold, boolean italic, boolean code) {}

    /** A block: a paragraph (with a list bullet, "" for none), a heading, or a code block. */
    public record Block(Type type, String bullet, List<Run> runs) {
        /** Block types. */
        public enum Type { PARAGRAPH, HEADING, CODE }

        /** The block's plain text. */
        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    private Markdown() {}

    public static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        PARSER.parse(markdown).accept(new Blocks(out));
        return out;
    }

    private static final class Blocks extends AbstractVisitor {
        private final List<Block> out;
        private final List<String> bullets = new ArrayList<>();

        Blocks(List<Block> out) {
            this.out = out;
        }

        @Override
        public void visit(Paragraph p) {
            out.add(new Block(Block.Type.PARAGRAPH, bullet(), runs(p)));
        }

        @Override
        public void visit(Heading h) {
            out.add(new Block(Block.Type.HEADING, "", runs(h)));
        }

        @Override
        public void visit(FencedCodeBlock c) {
            out.add(code(c.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock c) {
            out.add(code(c.getLiteral()));
        }

        @Override
        public void visit(BulletList l) {
            list(l, -1);
        }

        @Override
        public void visit(OrderedList l) {
            list(l, l.getMarkerStartNumber() == null ? 1 : l.getMarkerStartNumber());
        }

        private void list(Node l, int number) {
            int n = number;
            for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
                bullets.add("  ".repeat(bullets.size()) + (number < 0 ? "• " : n++ + ". "));
                if (item instanceof ListItem) {
                    visitChildren(item);
                }
                bullets.remove(bullets.size() - 1);
            }
        }

        /** The bullet of the current item for its first paragraph only. */
        private String bullet() {
            if (bullets.isEmpty()) {
                return "";
            }
            String b = bullets.get(bullets.size() - 1);
            bullets.set(bullets.size() - 1, " ".repeat(b.length()));
            return b;
        }

        private static Block code(String literal) {
            String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            return new Block(Block.Type.CODE, "", List.of(new Run(text, false, false, true)));
        }

        private static List<Run> runs(Node parent) {
            List<Run> runs = new ArrayList<>();
            inline(parent, false, false, runs);
            return runs;
        }

        private static void inline(Node parent, boolean bold, boolean italic, List<Run> runs) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    runs.add(new Run(t.getLiteral(), bold, italic, false));
                } else if (n instanceof Code c) {
                    runs.add(new Run(c.getLiteral(), bold, italic, true));
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    runs.add(new Run("\n", bold, italic, false));
                } else {
                    inline(n, bold || n instanceof StrongEmphasis, italic || n instanceof Emphasis, runs);
                }
            }
        }
    }
}
