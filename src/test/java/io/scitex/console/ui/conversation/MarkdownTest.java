package io.scitex.console.ui.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.ui.conversation.Markdown.Block;
import io.scitex.console.ui.conversation.Markdown.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void paragraphsCodeBlocksBoldAndListsBecomeBlocksOfStyledRuns() {
        List<Block> b = Markdown.parse("""
                Run **this** with `x`:

                ```bash
                echo 1
                echo 2
                ```

                - first
                - *second*

                1. one
                2. two
                """);
        assertThat(b).extracting(Block::type).containsExactly(Block.Type.PARAGRAPH, Block.Type.CODE,
                Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.PARAGRAPH);
        assertThat(b.get(0).runs()).containsExactly(new Run("Run ", false, false, false),
                new Run("this", true, false, false), new Run(" with ", false, false, false),
                new Run("x", false, false, true), new Run(":", false, false, false));
        assertThat(b.get(1).text()).isEqualTo("echo 1\necho 2");
        assertThat(b.get(2).bullet()).isEqualTo("• ");
        assertThat(b.get(3).runs()).containsExactly(new Run("second", false, true, false));
        assertThat(b.subList(4, 6)).extracting(Block::bullet).containsExactly("1. ", "2. ");
        assertThat(b.subList(4, 6)).extracting(Block::text).containsExactly("one", "two");
    }

    @Test
    void plainTextIsOneParagraphWithItsLineBreaks() {
        assertThat(Markdown.parse("line one\nline two")).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(Block.Type.PARAGRAPH);
            assertThat(p.text()).isEqualTo("line one\nline two");
            assertThat(p.bullet()).isEmpty();
        });
    }
}
