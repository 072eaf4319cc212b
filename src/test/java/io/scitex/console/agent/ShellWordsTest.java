package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void splitsOnBlanksAndKeepsQuotedParts() {
        assertThat(ShellWords.split("  --model  opus\t--add-dir '/a b' \"c \\\"d\\\" $HOME\" e\\ f ''"))
                .containsExactly("--model", "opus", "--add-dir", "/a b", "c \"d\" $HOME", "e f", "");
    }

    @Test
    void singleQuotesKeepBackslashesAndAdjacentPartsJoin() {
        assertThat(ShellWords.split("'a\\b'\"c\"d")).containsExactly("a\\bcd");
    }

    @Test
    void doubleQuotesKeepOtherBackslashes() {
        assertThat(ShellWords.split("\"a\\nb\"")).containsExactly("a\\nb");
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(ShellWords.split("   ")).isEmpty();
    }

    @Test
    void unclosedQuotesAndTrailingBackslashAreErrors() {
        assertThatThrownBy(() -> ShellWords.split("a 'b")).hasMessage("unclosed ' quote");
        assertThatThrownBy(() -> ShellWords.split("a \"b")).hasMessage("unclosed \" quote");
        assertThatThrownBy(() -> ShellWords.split("a\\")).hasMessage("trailing backslash");
    }
}
