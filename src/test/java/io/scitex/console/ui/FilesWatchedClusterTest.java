package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.testing.OpenWindow;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.reservations.ReservationRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The open window follows the files without File → Reload: a YAML broken in an editor turns its row invalid within
 * 2 s (a half-written file is never shown as broken), and a reservation booked by {@code sac} in another process is
 * listed within 2 s of its lease file.
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class FilesWatchedClusterTest {
    private static final String GOOD = """
            apiVersion: scitex-agent-container/v3
            kind: Agent
            spec:
              runtime: slurm-tenant
              slurm:
                reservation: %s
            """;
    private final String r = UUID.randomUUID().toString().substring(0, 6);
    private final String agent = "fw-" + r;
    @TempDir Path home;
    private Path yaml;
    private OpenWindow open;

    @Start
    void start(Stage stage) throws Exception {
        yaml = Files.createDirectories(home.resolve("agents").resolve(agent)).resolve(agent + ".yaml");
        Files.writeString(yaml, GOOD.formatted("fwpool-" + r));
        open = OpenWindow.open(stage, paths(), OpenWindow.cluster(), 1200, 780).started();
    }

    private ConsolePaths paths() {
        return new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, home.resolve("agents").toString()));
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void aYamlBrokenInAnEditorTurnsItsRowInvalidAndHalfWrittenFilesAreReadAgain(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(table) != null);
        AgentRow row = row(table);
        List<String> states = new CopyOnWriteArrayList<>();
        robot.interact(() -> row.stateProperty().addListener((o, was, now) -> states.add(now)));

        String good = GOOD.formatted("fwpool-" + r);
        Files.writeString(yaml, good.substring(0, 50)); // an editor's first half: not valid YAML for an agent
        Thread.sleep(400);
        Files.writeString(yaml, good.replace("fwpool-", "fwpool2-"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row.where().startsWith("fwpool2-"));
        assertThat(states).as("the half-written file was read again, never shown").noneMatch(s -> s.startsWith(
                "invalid"));

        Files.writeString(yaml, good.replace("runtime: slurm-tenant", "runtime: docker"));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> row.stateProperty().get().startsWith("invalid"));
        assertThat(row.stateProperty().get()).startsWith("invalid: ").contains("docker");
        assertThat(table.getItems()).contains(row);
    }

    @Test
    void aReservationBookedByTheCliInAnotherProcessIsListedWithinTwoSeconds(FxRobot robot) throws Exception {
        String name = "fwcli-" + r;
        Path lease = new io.scitex.console.lease.LeaseStore(paths().leaseDir()).fileFor(
                io.scitex.console.lease.Lease.idFor(TestCluster.ALIAS, name));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"), "io.scitex.console.Launcher", "reservations", "book", name,
                "--host", TestCluster.ALIAS, "--ssh-config", TestCluster.sshConfig().toString(), "--known-hosts",
                TestCluster.knownHosts().toString(), "--cpus", "1", "--mem", "100M", "--time", "00:05:00")
                .redirectErrorStream(true).redirectOutput(home.resolve("sac.out").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SCITEX_") || k.startsWith("SAC_"));
        pb.environment().put(ConsolePaths.CONSOLE_HOME, home.toString());
        pb.environment().put(ConsolePaths.YAML_DIRS, home.resolve("agents").toString());
        Process sac = pb.start();
        sac.getOutputStream().close();
        try {
            awaitLeaseFile(sac, lease);
            @SuppressWarnings("unchecked")
            TableView<ReservationRow> table = robot.lookup("#reservationsTable").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> table.getItems().stream()
                    .anyMatch(row -> row.lease().name().equals(name)));
        } finally {
            sac.destroy();
            sac.waitFor(10, TimeUnit.SECONDS);
            if (open.context().reservations().get(name).isPresent()) {
                open.context().reservations().release(name);
            }
        }
    }

    /** Waits for the other process to have written the lease file (submitted), whatever the queue does next. */
    private void awaitLeaseFile(Process sac, Path lease) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(lease)) {
            if (System.nanoTime() > deadline || !sac.isAlive() && !Files.exists(lease)) {
                throw new AssertionError("sac reservations book wrote no " + lease + ":\n"
                        + Files.readString(home.resolve("sac.out")));
            }
            Thread.sleep(20);
        }
    }

    private AgentRow row(TableView<AgentRow> table) {
        return table.getItems().stream().filter(x -> x.name().equals(agent)).findFirst().orElse(null);
    }
}
