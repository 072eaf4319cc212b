package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlurmValuesTest {

    @ParameterizedTest
    @CsvSource({"90,5400", "5:30,330", "00:20:00,1200", "1-0,86400", "7-00:00:00,604800", "2-3:04,183840",
            "1-02:03:04,93784"})
    void slurmTimeFormats(String time, long seconds) {
        assertThat(SlurmValues.timeSeconds("t", time)).hasValue(seconds);
    }

    @Test
    void unlimitedTimesHaveNoSeconds() {
        assertThat(SlurmValues.timeSeconds("t", "INFINITE")).isEmpty();
        assertThat(SlurmValues.timeSeconds("t", "UNLIMITED")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1 day", "1:2:3:4", "-5", "1-", "abc", "1h"})
    void badTimes(String time) {
        assertThatThrownBy(() -> SlurmValues.timeSeconds("spec.slurm.time_limit", time))
                .hasMessage("spec.slurm.time_limit must be a SLURM time such as 00:20:00, 90 (minutes) or 7-00:00:00,"
                        + " got '" + time + "'");
    }

    @Test
    void signals() {
        assertThat(SlurmValues.signal("s", "B:USR1@3600")).isEqualTo(new SlurmValues.Signal(true, "USR1", 3600));
        assertThat(SlurmValues.signal("s", "RB:SIGUSR2@90")).isEqualTo(new SlurmValues.Signal(true, "USR2", 90));
        assertThat(SlurmValues.signal("s", "USR1")).isEqualTo(new SlurmValues.Signal(false, "USR1", 60));
        assertThat(SlurmValues.signal("s", "B:10@5")).isEqualTo(new SlurmValues.Signal(true, "10", 5));
        assertThatThrownBy(() -> SlurmValues.signal("spec.slurm.signal", "B:USR1@1h; rm"))
                .hasMessage("spec.slurm.signal must look like B:USR1@3600, got 'B:USR1@1h; rm'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"head-spartan", "a", "A_b-9"})
    void goodAgentNames(String name) {
        assertThat(SlurmValues.agentName("agent name", name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "a.b", "a:b", "-lead", "", "x'y", "a\nb", "a/b"})
    void badAgentNames(String name) {
        assertThatThrownBy(() -> SlurmValues.agentName("agent name", name)).hasMessageContaining("got '" + name + "'");
    }

    @Test
    void memoryAndJobIds() {
        assertThat(SlurmValues.mem("m", "100M")).isEqualTo("100M");
        assertThat(SlurmValues.mem("m", "4096")).isEqualTo("4096");
        assertThatThrownBy(() -> SlurmValues.mem("m", "4GB")).hasMessageContaining("got '4GB'");
        assertThat(SlurmValues.jobId("123_4")).isEqualTo("123_4");
        assertThat(SlurmValues.jobId("123+1")).isEqualTo("123+1");
        assertThatThrownBy(() -> SlurmValues.jobId("12;reboot")).hasMessageContaining("got '12;reboot'");
    }

    @Test
    void directiveLinesAreWholeOneLineSbatchDirectives() {
        assertThat(SlurmValues.directiveLine("d", "#SBATCH --qos=long")).isEqualTo("#SBATCH --qos=long");
        assertThatThrownBy(() -> SlurmValues.directiveLine("d", "#SBATCH")).hasMessageContaining("d must be");
        assertThatThrownBy(() -> SlurmValues.directiveLine("d", "#SBATCH --a\r\nreboot")).hasMessageContaining("d must be");
        assertThatThrownBy(() -> SlurmValues.oneLine("v", "a\nb")).hasMessage("v must be non-empty text on one line,"
                + " got 'a\nb'");
    }
}
