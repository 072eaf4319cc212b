package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlurmFormatsTest {
    @ParameterizedTest
    @ValueSource(strings = {"30", "90", "10:30", "2:00:00", "48:00:00", "1-0", "1-12", "1-12:30", "7-00:00:00",
            "UNLIMITED", "infinite"})
    void acceptsEverySbatchTimeForm(String time) {
        assertThat(SlurmFormats.isTime(time)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1h", "1-", "-5", "10:60", "1:60:00", "1-24", "1-1:2:3:4", "1:2:3:4", "1.5"})
    void refusesOtherTimes(String time) {
        assertThat(SlurmFormats.isTime(time)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"500M", "16G", "1T", "4096", "512k", "0"})
    void acceptsMemorySizes(String mem) {
        assertThat(SlurmFormats.isMemory(mem)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 GB", "16GB", "-1G", "G", "1.5G"})
    void refusesOtherMemory(String mem) {
        assertThat(SlurmFormats.isMemory(mem)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"B:USR1@3600", "USR1@60", "B:SIGUSR2@10", "R:TERM@5", "10@120", "USR1"})
    void acceptsSignals(String signal) {
        assertThat(SlurmFormats.isSignal(signal)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"B:USR1@", "B:usr1@60", "X:USR1@60", "USR1@abc", "B:", "@60"})
    void refusesOtherSignals(String signal) {
        assertThat(SlurmFormats.isSignal(signal)).isFalse();
    }
}
