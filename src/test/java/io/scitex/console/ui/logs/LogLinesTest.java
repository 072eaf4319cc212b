package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The log lines read back as the plain list they stand for, and report each change as that list would. */
class LogLinesTest {

    @Test
    void randomAppendsAndFrontDropsReadBackLikeAPlainListWithTheSameChanges() {
        Random random = new Random(16);
        LogLines lines = new LogLines();
        List<String> expected = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        lines.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                removed.addAll(c.getRemoved());
                added.addAll(c.getAddedSubList());
            }
        });
        int n = 0;
        for (int round = 0; round < 400; round++) {
            // batches of one line (a slow tail) up to thousands (a burst)
            int size = random.nextInt(4) == 0 ? 1 + random.nextInt(3000) : random.nextInt(5);
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // empty lines, non-Latin-1 text (Claude's own symbols) and plain lines mixed
                batch.add(switch (n % 7) {
                    case 0 -> "";
                    case 3 -> "  ⎿  line " + n + " ●";
                    default -> "line " + n;
                });
                n++;
            }
            int drop = Math.min(expected.size(), random.nextInt(3) == 0 ? random.nextInt(4000) : 0);
            removed.clear();
            added.clear();
            lines.append(drop, batch);
            assertThat(removed).as("round %d: the lines the change says were dropped", round)
                    .isEqualTo(expected.subList(0, drop));
            assertThat(added).as("round %d: the lines the change says were added", round).isEqualTo(batch);
            expected.subList(0, drop).clear();
            expected.addAll(batch);
            assertThat(lines).as("round %d", round).hasSize(expected.size());
            for (int probe = 0; probe < 50 && !expected.isEmpty(); probe++) {
                int i = random.nextInt(expected.size());
                assertThat(lines.get(i)).as("round %d, line %d", round, i).isEqualTo(expected.get(i));
            }
        }
        assertThat(new ArrayList<>(lines)).isEqualTo(expected);
        lines.clear();
        assertThat(lines).isEmpty();
        lines.append(0, List.of("after a clear"));
        assertThat(lines).containsExactly("after a clear");
    }
}
