package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SinfoTest {
    @Test
    void partitionsKeepTheirLargestNodeTheDefaultMarkAndTheTimeLimit() {
        List<Partition> ps = Sinfo.parse("""
                Welcome to the cluster!
                cascade*|2|21694|infinite
                gpu|8|64000|2-00:00:00
                gpu|16|128000|2-00:00:00
                """);
        assertThat(ps).extracting(Partition::name).containsExactly("cascade", "gpu");
        assertThat(ps.get(0).isDefault()).isTrue();
        assertThat(ps.get(0).maxSeconds()).isEqualTo(OptionalLong.empty());
        assertThat(ps.get(1).cpus()).isEqualTo(16);
        assertThat(ps.get(1).memoryMb()).isEqualTo(128000);
        assertThat(ps.get(1).maxSeconds()).isEqualTo(OptionalLong.of(2 * 86400));
        assertThat(ps.get(1).limits()).isEqualTo("16 CPUs and 125.0 GB per node, at most 2-00:00:00");
    }

    @Test
    void memoryValuesAsSlurmReadsThem() {
        assertThat(Partition.memoryMb("8G")).isEqualTo(8192);
        assertThat(Partition.memoryMb("512")).isEqualTo(512);
        assertThat(Partition.memoryMb("2048k")).isEqualTo(2);
        assertThat(Partition.memoryMb("1T")).isEqualTo(1024 * 1024);
        assertThat(Partition.memoryMb("lots")).isEqualTo(-1);
    }

    @Test
    void aFittingRequestIsNotRefused() {
        Partition p = Sinfo.parse("short|4|8000|1:00:00").get(0);
        assertThat(p.refusal(4, 8000, OptionalLong.of(3600))).isEmpty();
        assertThat(p.refusal(4, 8000, OptionalLong.of(3601))).contains(
                "This can never run on partition short: Its jobs may run for at most 1:00:00.");
    }
}
