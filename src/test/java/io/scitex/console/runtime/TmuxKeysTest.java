package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TmuxKeysTest {
    @Test
    void controlKeysBecomeControlBytes() {
        assertThat(TmuxKeys.bytes("C-b")).containsExactly(0x02);
        assertThat(TmuxKeys.bytes("C-a")).containsExactly(0x01);
        assertThat(TmuxKeys.bytes("^A")).containsExactly(0x01);
        assertThat(TmuxKeys.bytes("C-Space")).containsExactly(0x00);
        assertThat(TmuxKeys.bytes("C-]")).containsExactly(0x1d);
    }

    @Test
    void metaAndPlainKeys() {
        assertThat(TmuxKeys.bytes("M-a")).containsExactly(0x1b, 'a');
        assertThat(TmuxKeys.bytes("`")).containsExactly('`');
        assertThat(TmuxKeys.bytes("Escape")).containsExactly(0x1b);
    }

    @Test
    void detachIsPrefixThenD() {
        assertThat(TmuxKeys.detach("C-b\n")).containsExactly(0x02, 'd');
    }

    @Test
    void prefixParsingSkipsBannersAndFallsBackToTheDefault() {
        assertThat(PaneCommands.parsePrefix("DISPLAY: not set\nC-a\n")).isEqualTo("C-a");
        assertThat(PaneCommands.parsePrefix("")).isEqualTo("C-b");
        assertThat(PaneCommands.parsePrefix("no server running on /tmp/tmux-1001/sac\n")).isEqualTo("C-b");
    }

    @Test
    void refusesWhatItCannotType() {
        assertThatThrownBy(() -> TmuxKeys.bytes("None")).hasMessageContaining("no tmux prefix");
        assertThatThrownBy(() -> TmuxKeys.bytes("F12")).hasMessageContaining("unsupported");
    }
}
