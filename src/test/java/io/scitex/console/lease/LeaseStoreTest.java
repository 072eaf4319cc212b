package io.scitex.console.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.Problem;
import io.scitex.console.settings.AtomicFile;
import io.scitex.console.settings.ConsolePaths;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaseStoreTest {
    static final List<String> FIXTURES = List.of("sac-test-dev-pool.json", "spartan-gpu-l40s.json", "spartan-resume.json");

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(LeaseStoreTest.class.getResource("/leases/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path copyFixtures(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FIXTURES) {
            Files.copy(fixture(name), dir.resolve(name));
        }
        return dir;
    }

    @Test
    void readsAndRewritesScitexHpcFilesByteForByte() throws IOException {
        LeaseStore source = new LeaseStore(copyFixtures(tmp.resolve("in")));
        LeaseStore target = new LeaseStore(tmp.resolve("out"));

        LeaseStore.LeaseList list = source.list();
        for (Lease lease : list.leases()) {
            target.save(lease);
        }

        assertThat(list.problems()).isEmpty();
        assertThat(list.leases()).extracting(Lease::id)
                .containsExactly("sac-test-dev-pool", "spartan-gpu-l40s", "spartan-resume");
        for (String name : FIXTURES) {
            assertThat(target.dir().resolve(name)).hasBinaryContent(Files.readAllBytes(fixture(name)));
        }
    }

    @Test
    void readsEveryField() throws LeaseFileException {
        Lease lease = LeaseJson.parse(fixture("sac-test-dev-pool.json"));

        assertThat(lease).isEqualTo(new Lease("sac-test-dev-pool", "dev-pool", "sac-test", "4242", "node01", true,
                "2026-04-28T10:00:00+00:00", "", Map.of("tmux_server", "sac")));
        assertThat(lease.tmuxServer()).contains("sac");
    }

    @Test
    void writesAFreshLeaseAsScitexHpcWould() throws IOException {
        LeaseStore store = new LeaseStore(tmp);
        store.save(new Lease(Lease.idFor("sac-test", "dev-pool"), "dev-pool", "sac-test", "4242", "node01", true,
                "2026-04-28T10:00:00+00:00", "", Map.of("tmux_server", "sac")));

        assertThat(tmp.resolve("sac-test-dev-pool.json"))
                .hasBinaryContent(Files.readAllBytes(fixture("sac-test-dev-pool.json")));
    }

    @Test
    void findsByIdThenByName() throws IOException, LeaseFileException {
        LeaseStore store = new LeaseStore(copyFixtures(tmp));

        assertThat(store.find("spartan-gpu-l40s")).map(Lease::name).contains("gpu-l40s");
        assertThat(store.find("dev-pool")).map(Lease::id).contains("sac-test-dev-pool");
        assertThat(store.find("nothing")).isEmpty();
        assertThat(store.find("../sac-test-dev-pool")).isEmpty();
        assertThat(new LeaseStore(tmp.resolve("absent")).list().leases()).isEmpty();
    }

    @Test
    void brokenFilesAreLocatedProblemsBesideTheGoodLeases() throws IOException {
        copyFixtures(tmp);
        Path syntax = Files.writeString(tmp.resolve("a-syntax.json"), "{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}");
        Path unknown = Files.writeString(tmp.resolve("b-unknown.json"),
                "{\n  \"host\": \"h\",\n  \"id\": \"h-n\",\n  \"job_id\": \"1\",\n  \"name\": \"n\",\n  \"owner\": \"me\"\n}");
        Path missing = Files.writeString(tmp.resolve("c-missing.json"), "{\"host\": \"h\", \"id\": \"h-n\", \"name\": \"n\"}");
        Path types = Files.writeString(tmp.resolve("d-types.json"),
                "{\"host\": 3, \"id\": \"h-n\", \"job_id\": \"1\", \"name\": \"n\", \"persistent\": \"yes\"}");
        Path array = Files.writeString(tmp.resolve("e-array.json"), "[1]");

        LeaseStore.LeaseList list = new LeaseStore(tmp).list();

        assertThat(list.leases()).hasSize(3);
        assertThat(list.problems()).containsExactly(
                Problem.error(syntax, 3, 10, "not valid JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value"),
                Problem.error(unknown, 6, 12, "unknown key 'owner': scitex-hpc cannot read this lease (additions belong in extras)"),
                Problem.error(missing, 1, 1, "missing key 'job_id'"),
                Problem.error(types, 1, 10, "host must be a string, got a number"),
                Problem.error(types, 1, 68, "persistent must be true or false, got a string"),
                Problem.error(array, 1, 1, "expected a JSON object"));
    }

    @Test
    void findThrowsForTheNamedBrokenFile() throws IOException {
        Files.writeString(tmp.resolve("h-x.json"), "{");

        assertThatThrownBy(() -> new LeaseStore(tmp).find("h-x")).isInstanceOf(LeaseFileException.class)
                .hasMessageContaining("h-x.json:1:2: error: not valid JSON");
    }

    @Test
    void deleteRemovesOnlyThatLease() throws IOException {
        LeaseStore store = new LeaseStore(copyFixtures(tmp));

        assertThat(store.delete("spartan-gpu-l40s")).isTrue();
        assertThat(store.delete("spartan-gpu-l40s")).isFalse();
        assertThat(store.list().leases()).extracting(Lease::id).containsExactly("sac-test-dev-pool", "spartan-resume");
        assertThatThrownBy(() -> store.delete("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureBetweenWriteAndRenameLeavesTheOldFileIntact() throws IOException {
        Path old = Files.copy(fixture("sac-test-dev-pool.json"), tmp.resolve("sac-test-dev-pool.json"));
        byte[] before = Files.readAllBytes(old);
        LeaseStore store = new LeaseStore(tmp, new AtomicFile(temp -> {
            assertThat(temp).exists().hasParent(tmp);
            throw new IOException("simulated crash before rename");
        }));
        Lease changed = new Lease("sac-test-dev-pool", "dev-pool", "sac-test", "9999", "", true, "", "", Map.of());

        assertThatThrownBy(() -> store.save(changed)).hasMessage("simulated crash before rename");

        assertThat(old).hasBinaryContent(before);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(old);
        }
    }

    @Test
    void aKilledProcessBetweenWriteAndRenameLeavesTheOldFileIntact() throws Exception {
        Path old = Files.copy(fixture("sac-test-dev-pool.json"), tmp.resolve("sac-test-dev-pool.json"));
        byte[] before = Files.readAllBytes(old);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeaseCrashMain.class.getName(), tmp.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());

        assertThat(child.waitFor()).as(output).isEqualTo(LeaseCrashMain.HALT_STATUS);
        assertThat(old).hasBinaryContent(before);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(2).anyMatch(n -> n.startsWith(".sac-test-dev-pool.json.") && n.endsWith(".tmp"));
        }
        LeaseStore.LeaseList list = new LeaseStore(tmp).list();
        assertThat(list.problems()).isEmpty();
        assertThat(list.leases()).extracting(Lease::jobId).containsExactly("4242");
    }

    @Test
    void leaseFolderComesFromTheEnvironmentOrTheHome() {
        assertThat(LeaseStore.of(new ConsolePaths(tmp, Map.of())).dir())
                .isEqualTo(tmp.resolve(".scitex/hpc/runtime/leases"));
        assertThat(LeaseStore.of(new ConsolePaths(tmp, Map.of(ConsolePaths.LEASE_DIR, "~/leases"))).dir())
                .isEqualTo(tmp.resolve("leases"));
    }

}
