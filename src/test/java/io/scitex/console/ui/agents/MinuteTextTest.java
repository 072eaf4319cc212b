package io.scitex.console.ui.agents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteTextTest {
    @Test
    void squeueTimesAreShownToTheMinute() {
        assertThat(MinuteText.of("0:05")).isEqualTo("0m");
        assertThat(MinuteText.of("3:59")).isEqualTo("3m");
        assertThat(MinuteText.of("59:59")).isEqualTo("59m");
        assertThat(MinuteText.of("1:02:03")).isEqualTo("1h 02m");
        assertThat(MinuteText.of("23:57:57")).isEqualTo("23h 57m");
        assertThat(MinuteText.of("1-02:03:04")).isEqualTo("1d 02h");
    }

    @Test
    void secondsWithinTheSameMinuteGiveTheSameText() {
        assertThat(MinuteText.of("12:00")).isEqualTo(MinuteText.of("12:59"));
        assertThat(MinuteText.of("12:59")).isNotEqualTo(MinuteText.of("13:00"));
    }

    @Test
    void whatIsNotATimeIsKeptAsSqueuePrintedIt() {
        assertThat(MinuteText.of("UNLIMITED")).isEqualTo("UNLIMITED");
        assertThat(MinuteText.of("INVALID")).isEqualTo("INVALID");
        assertThat(MinuteText.of("")).isEmpty();
        assertThat(MinuteText.of(null)).isEmpty();
    }
}
