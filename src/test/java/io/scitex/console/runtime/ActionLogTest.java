package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionLogTest {
    @TempDir
    Path dir;

    @Test
    void writesOneTabSeparatedLinePerEntryAndKeepsTheRecentOnes() throws Exception {
        Path file = dir.resolve("console/actions.log");
        ActionLog log = new ActionLog(file, 2);
        List<ActionEntry> heard = new CopyOnWriteArrayList<>();
        log.addListener(heard::add);
        for (int i = 0; i < 3; i++) {
            log.append(new ActionEntry(Instant.parse("2026-11-29T10:00:0" + i + ".123456Z"), "h" + i, "exit " + i, 7,
                    "squeue " + i));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
                "2026-11-29T10:00:00.123Z\th0\texit 0\t7 ms\tsqueue 0",
                "2026-11-29T10:00:01.123Z\th1\texit 1\t7 ms\tsqueue 1",
                "2026-11-29T10:00:02.123Z\th2\texit 2\t7 ms\tsqueue 2");
        assertThat(log.recent()).extracting(ActionEntry::host).containsExactly("h1", "h2");
        assertThat(heard).hasSize(3);
        assertThat(heard.get(0).ok()).isTrue();
        assertThat(heard.get(1).ok()).isFalse();
    }

    @Test
    void commandsBecomeOneShortLineKeepingHeadAndTail() {
        String flat = ActionEntry.oneLine("a\tb\nc\\d", 100);
        assertThat(flat).isEqualTo("a\\tb\\nc\\\\d");
        String longText = "srun --jobid=12 " + "x".repeat(1000) + " stop agent-42";
        String cut = ActionEntry.oneLine(longText, ActionEntry.MAX_COMMAND);
        assertThat(cut).hasSize(ActionEntry.MAX_COMMAND).startsWith("srun --jobid=12 ").contains(" ... ")
                .endsWith("stop agent-42");
    }

    @Test
    void manyThreadsNeverInterleaveLines() throws Exception {
        Path file = dir.resolve("actions.log");
        ActionLog log = new ActionLog(file, 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < 200; i++) {
                    log.append(new ActionEntry(Instant.now(), "host" + thread, "exit 0", i, "cmd " + "y".repeat(300)));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        assertThat(lines).hasSize(1600).allMatch(l -> l.matches("\\S+\thost[0-7]\texit 0\t\\d+ ms\tcmd y{300}"));
        assertThat(log.recent()).hasSize(10);
    }

    @Test
    void aLogThatCannotBeWrittenStopsNothing() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "");
        ActionLog log = new ActionLog(blocker.resolve("actions.log"), 5);
        log.append(new ActionEntry(Instant.now(), "h", "exit 0", 1, "true"));
        assertThat(log.recent()).hasSize(1);
    }
}
