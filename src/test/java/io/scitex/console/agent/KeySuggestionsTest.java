package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySuggestionsTest {
    @Test
    void suggestsByEditDistanceThenByPrefix() {
        assertThat(KeySuggestions.closest("memm", SlurmSpecReader.KEYS)).contains("mem");
        assertThat(KeySuggestions.closest("partiton", SlurmSpecReader.KEYS)).contains("partition");
        assertThat(KeySuggestions.closest("cpus", SlurmSpecReader.KEYS)).contains("cpus_per_task");
        assertThat(KeySuggestions.closest("time", SlurmSpecReader.KEYS)).contains("time_limit");
        assertThat(KeySuggestions.closest("zebra", SlurmSpecReader.KEYS)).isEmpty();
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(KeySuggestions.distance("modle", "model")).isEqualTo(1);
        assertThat(KeySuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggestions.distance("", "abc")).isEqualTo(3);
    }
}
