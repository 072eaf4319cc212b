package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.Problem;
import io.scitex.console.settings.AtomicFile;
import io.scitex.console.settings.ConsolePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeStateStoreTest {
    @TempDir
    Path home;

    private final SlurmJobState state = new SlurmJobState("head-solo", "123",
            "~/.scitex/agent-container/runtime/slurm-scripts/head-solo.sbatch", "Submitted batch job 123\n", "sac-test");

    @Test
    void savesLoadsListsAndDeletes() throws IOException {
        RuntimeStateStore store = RuntimeStateStore.of(new ConsolePaths(home, Map.of()));

        store.save(state);

        assertThat(store.dir()).isEqualTo(home.resolve(".scitex/agent-container/runtime/slurm-state"));
        assertThat(store.load("head-solo")).contains(state);
        assertThat(store.list().states()).containsExactly(state);
        assertThat(store.dir().resolve("head-solo.json")).hasContent("""
                {
                  "host": "sac-test",
                  "job_id": "123",
                  "name": "head-solo",
                  "script": "~/.scitex/agent-container/runtime/slurm-scripts/head-solo.sbatch",
                  "submitted_stdout": "Submitted batch job 123\\n"
                }
                """);
        assertThat(store.delete("head-solo")).isTrue();
        assertThat(store.load("head-solo")).isEmpty();
        assertThat(store.delete("head-solo")).isFalse();
    }

    @Test
    void aBrokenStateIsAProblemInTheList() throws IOException {
        RuntimeStateStore store = new RuntimeStateStore(home);
        store.save(state);
        Path broken = Files.writeString(home.resolve("other.json"), "{\"name\": \"other\"}");

        RuntimeStateStore.StateList list = store.list();

        assertThat(list.states()).containsExactly(state);
        assertThat(list.problems()).containsExactly(Problem.error(broken, 1, 1, "missing key 'job_id'"));
    }

    @Test
    void aFailedRenameKeepsTheOldState() throws IOException {
        new RuntimeStateStore(home).save(state);
        byte[] before = Files.readAllBytes(home.resolve("head-solo.json"));
        RuntimeStateStore failing = new RuntimeStateStore(home, new AtomicFile(t -> {
            throw new IOException("disk full");
        }));

        assertThatThrownBy(() -> failing.save(new SlurmJobState("head-solo", "999", "", "", "h")))
                .hasMessage("disk full");
        assertThat(home.resolve("head-solo.json")).hasBinaryContent(before);
        assertThatThrownBy(() -> failing.fileFor("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
