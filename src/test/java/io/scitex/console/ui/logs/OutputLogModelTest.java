package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log view's lines: bounded, one change per drain, search and error jumps that wrap, filter, save. */
class OutputLogModelTest {
    @TempDir
    Path tmp;

    @Test
    void boundedToItsCapAndAppliedInOneChangePerDrain() {
        OutputLogModel m = new OutputLogModel(5);
        AtomicInteger changes = new AtomicInteger();
        m.all().addListener((ListChangeListener<String>) c -> changes.incrementAndGet());
        m.offer(List.of("1", "2", "3"));
        m.offer(List.of("4"));
        assertThat(m.all()).as("nothing before the pulse").isEmpty();
        assertThat(m.drain()).isEqualTo(4);
        assertThat(changes.get()).isEqualTo(1);
        m.offer(List.of("5", "6", "7"));
        m.drain();
        assertThat(m.all()).containsExactly("3", "4", "5", "6", "7");
        m.offer(List.of("a", "b", "c", "d", "e", "f", "g"));
        m.drain();
        assertThat(m.all()).containsExactly("c", "d", "e", "f", "g");
        assertThat(m.received()).isEqualTo(14);
        assertThat(m.dropped()).isEqualTo(9);
        assertThat(m.drain()).isZero();
    }

    @Test
    void aStreamThatOutrunsThePaneWaitsForADrainAndNeverLongerThanItsPatience() throws Exception {
        OutputLogModel m = new OutputLogModel(1000);
        m.offer(List.of("1", "2", "3"));
        assertThat(m.awaitRoom(3, java.time.Duration.ofSeconds(5))).as("room: three lines wait, three may").isTrue();
        m.offer(List.of("4"));
        assertThat(m.awaitRoom(3, java.time.Duration.ofMillis(20))).as("no drain came: gives up").isFalse();

        java.util.concurrent.CompletableFuture<Boolean> waiting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> m.awaitRoom(3, java.time.Duration.ofMinutes(5)));
        Thread.sleep(50);
        assertThat(waiting).as("still waiting while four lines wait").isNotDone();
        assertThat(m.drain(2)).isEqualTo(2);
        assertThat(waiting.get(60, java.util.concurrent.TimeUnit.SECONDS)).as("a drain made room").isTrue();

        m.offer(List.of("5", "6", "7", "8"));
        m.clear();
        assertThat(m.awaitRoom(0, java.time.Duration.ofMillis(20))).as("a cleared pane has room").isTrue();
    }

    @Test
    void aPulseTakesAtMostItsShareAndABacklogPastTheCapSkipsWhatWouldFallOffAnyway() {
        OutputLogModel m = new OutputLogModel(4);
        m.offer(List.of("1", "2", "3"));
        m.offer(List.of("4", "5", "6"));
        m.offer(List.of("7", "8", "9", "10", "11"));
        assertThat(m.drain(2)).isEqualTo(2);
        assertThat(m.all()).containsExactly("1", "2");
        assertThat(m.hasPending()).isTrue();
        assertThat(m.drain(10)).as("3..7 skipped: they would fall off").isEqualTo(4);
        assertThat(m.all()).containsExactly("8", "9", "10", "11");
        assertThat(m.hasPending()).isFalse();
        assertThat(m.received()).isEqualTo(11);
        assertThat(m.dropped()).isEqualTo(7);
    }

    @Test
    void searchAndErrorJumpsGoBothWaysAndWrapAndTheFilterKeepsMatchingLines() throws Exception {
        OutputLogModel m = new OutputLogModel(100);
        m.offer(List.of("start", "Build ERROR in x", "ok", "found it", "java.lang.IllegalStateException", "Found again",
                "terror is not an error word? it is: error"));
        m.drain();
        assertThat(m.find("found", 0, true)).isEqualTo(3);
        assertThat(m.find("found", 3, true)).isEqualTo(5);
        assertThat(m.find("found", 5, true)).as("wraps").isEqualTo(3);
        assertThat(m.find("found", 3, false)).as("backwards wraps").isEqualTo(5);
        assertThat(m.find("absent", 0, true)).isEqualTo(-1);
        assertThat(m.nextError(0, true)).isEqualTo(1);
        assertThat(m.nextError(1, true)).isEqualTo(6);
        assertThat(m.nextError(1, false)).isEqualTo(6);
        assertThat(OutputLogModel.isError("terror")).isFalse();
        assertThat(OutputLogModel.isError("java.lang.IllegalStateException")).isFalse();
        assertThat(OutputLogModel.isError("Exception in thread main")).isTrue();

        m.filter("FOUND");
        assertThat(m.visible()).containsExactly("found it", "Found again");
        m.offer(List.of("found late", "other"));
        m.drain();
        assertThat(m.visible()).containsExactly("found it", "Found again", "found late");
        Path visible = tmp.resolve("v.log");
        Path all = tmp.resolve("a.log");
        m.save(visible, true);
        m.save(all, false);
        assertThat(Files.readAllLines(visible)).containsExactly("found it", "Found again", "found late");
        assertThat(Files.readAllLines(all)).hasSize(9);
        m.filter("");
        assertThat(m.visible()).hasSize(9);
    }

    @Test
    void theFilteredLinesFollowTheCapAndAClearAndTheCapCanShrink() {
        OutputLogModel m = new OutputLogModel(4);
        m.offer(List.of("a1", "b1", "a2", "b2"));
        m.drain();
        m.filter("a");
        assertThat(m.visible()).containsExactly("a1", "a2");
        m.offer(List.of("a3", "b3"));
        m.drain();
        assertThat(m.all()).containsExactly("a2", "b2", "a3", "b3");
        assertThat(m.visible()).as("a1 fell off the front").containsExactly("a2", "a3");
        m.setCap(2);
        assertThat(m.all()).containsExactly("a3", "b3");
        assertThat(m.visible()).containsExactly("a3");
        m.clear();
        assertThat(m.visible()).isEmpty();
        assertThat(m.received()).isZero();
        m.offer(List.of("a4", "b4"));
        m.drain();
        assertThat(m.visible()).as("still filtered").containsExactly("a4");
    }
}
