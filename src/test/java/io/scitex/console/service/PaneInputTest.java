package io.scitex.console.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaneInputTest {
    @Test
    void anOptionNumberIsTypedAsItsKeyAndAnyOtherAnswerIsPastedAndSubmitted() {
        assertThat(PaneInput.answer(" 2 ")).isEqualTo(new PaneInput(List.of("key:2"), Optional.empty()));
        PaneInput text = PaneInput.answer("use the staging database");
        assertThat(text.steps()).containsExactly("paste", "sleep:0.3", "key:Enter");
        assertThat(text.text()).contains("use the staging database");
        assertThat(PaneInput.answer("12").text()).as("not an option number").contains("12");
    }
}
