package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostScheduleTest {
    private static final long S = 1_000_000_000L;

    @Test
    void backoffDoublesFromFiveSecondsUpToAMinute() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 50).stream().map(HostSchedule::backoff).map(Duration::toSeconds))
                .containsExactly(5L, 10L, 20L, 40L, 60L, 60L, 60L);
    }

    @Test
    void anUnreachableHostWaitsForItsBackoffWhileOthersKeepTheInterval() {
        HostSchedule s = new HostSchedule();
        List<String> hosts = List.of("up", "down");
        assertThat(s.due(hosts, 0, false)).containsExactly("up", "down");
        s.succeeded("up", 0, Duration.ofSeconds(15));
        s.failed("down", 0);
        assertThat(s.failing("down")).isTrue();
        assertThat(s.nextIn(hosts, 0, Duration.ofSeconds(15))).isEqualTo(5 * S);
        assertThat(s.due(hosts, 5 * S, false)).containsExactly("down");
        s.failed("down", 5 * S);
        assertThat(s.due(hosts, 14 * S, false)).isEmpty();
        assertThat(s.due(hosts, 15 * S, false)).containsExactly("up", "down");
        assertThat(s.due(hosts, 1, true)).containsExactly("up", "down");
        s.succeeded("down", 15 * S, Duration.ofSeconds(15));
        assertThat(s.failing("down")).isFalse();
        s.failed("down", 30 * S);
        assertThat(s.nextIn(List.of("down"), 30 * S, Duration.ofSeconds(15))).isEqualTo(5 * S);
    }
}
