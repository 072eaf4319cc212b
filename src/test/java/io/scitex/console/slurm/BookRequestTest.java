package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BookRequestTest {

    @Test
    void defaultsAreScitexHpcs() {
        BookRequest r = BookRequest.of("dev-pool", "spartan");
        assertThat(r.cpus()).isEqualTo(4);
        assertThat(r.mem()).isEqualTo("8G");
        assertThat(r.time()).isEqualTo("00:20:00");
        assertThat(r.signalSeconds()).isEqualTo(3600);
        assertThat(r.persistent()).isFalse();
        assertThat(r.tmuxServer()).isEmpty();
        assertThat(r.leaseId()).isEqualTo("spartan-dev-pool");
        assertThat(r.scriptPath()).isEqualTo("~/.scitex/hpc/scripts/spartan-dev-pool.sh");
    }

    @Test
    void eachFieldIsCheckedWithAClearError() {
        BookRequest ok = BookRequest.of("pool", "h");
        assertThatThrownBy(() -> BookRequest.of("my pool", "h"))
                .hasMessage("reservation name must be a name of letters, digits, '.', '-' and '_', got 'my pool'");
        assertThatThrownBy(() -> BookRequest.of("pool", "h x")).hasMessageStartingWith("--host must be");
        assertThatThrownBy(() -> ok.withPartition("a;b")).hasMessageStartingWith("--partition must be");
        assertThatThrownBy(() -> ok.withResources(0, "8G", "1:00:00")).hasMessage("--cpus must be at least 1, got '0'");
        assertThatThrownBy(() -> ok.withResources(1, "8 GB", "1:00:00")).hasMessageStartingWith("--mem must be");
        assertThatThrownBy(() -> ok.withResources(1, "8G", "2 hours")).hasMessageStartingWith("--time must be");
        assertThatThrownBy(() -> ok.withPlacement("", "acc'x", "", "")).hasMessageStartingWith("--account must be");
        assertThatThrownBy(() -> ok.withPlacement("", "", "q q", "")).hasMessageStartingWith("--qos must be");
        assertThatThrownBy(() -> ok.withPlacement("", "", "", "a$(x)")).hasMessageStartingWith("--gpus must be");
        assertThatThrownBy(() -> ok.withPlacement("n 1", "", "", "")).hasMessageStartingWith("--nodelist must be");
        assertThatThrownBy(() -> ok.withTmuxServer("../x")).hasMessageStartingWith("--tmux-server must be");
    }

    @Test
    void aPersistentBookingMustEndAfterItsSignal() {
        BookRequest ok = BookRequest.of("pool", "h");
        assertThatThrownBy(() -> ok.withPersistent(true, 3600)).hasMessageContaining("every job would resubmit at once");
        assertThat(ok.withResources(1, "100M", "00:02:00").withPersistent(true, 60).persistent()).isTrue();
        assertThatThrownBy(() -> ok.withResources(1, "100M", "00:02:00").withPersistent(true, 0))
                .hasMessageStartingWith("--signal-seconds must be at least 1");
        assertThat(ok.withResources(1, "100M", "INFINITE").withPersistent(true, 3600).persistent()).isTrue();
    }
}
