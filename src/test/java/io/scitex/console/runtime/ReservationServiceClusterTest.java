package io.scitex.console.runtime;

import static io.scitex.console.runtime.ClusterServices.ALLOCATION;
import static io.scitex.console.runtime.ClusterServices.HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.BookProgress;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.JobState;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reservation service over SSH on the local cluster: book, get, list, refresh, release and their errors. */
@Tag(TestCluster.TAG)
class ReservationServiceClusterTest {
    @TempDir
    Path home;

    @Test
    void booksPlainAndPersistentReservationsAndReleasesThem() throws Exception {
        String rand = ClusterServices.rand();
        String plain = "rs-" + rand;
        String kept = "rsp-" + rand;
        try (ClusterServices c = new ClusterServices(home)) {
            c.cancelLater(plain);
            c.cancelLater(kept);
            List<BookProgress> seen = new CopyOnWriteArrayList<>();
            Lease a = c.reservations.book(BookRequest.of(plain, HOST).withResources(1, "100M", "00:10:00")
                    .withTmuxServer("sac"), ALLOCATION, seen::add);
            assertThat(a.node()).isNotEmpty();
            assertThat(seen).isNotEmpty().allMatch(p -> p.jobId().equals(a.jobId()));
            assertThat(seen.get(seen.size() - 1).state()).isEqualTo("RUNNING");
            assertThat(c.job(a.jobId())).map(JobRef::state).hasValue(JobState.RUNNING);
            assertThat(c.sessions(a.jobId())).containsExactly("_root");
            JsonNode file = new ObjectMapper().readTree(c.context.leases().fileFor(a.id()).toFile());
            assertThat(file.fieldNames()).toIterable().containsExactly("extras", "host", "id", "job_id", "name",
                    "node", "persistent", "submitted_at", "walltime_end");
            assertThat(file.get("id").asText()).isEqualTo(HOST + "-" + plain);
            assertThat(file.get("name").asText()).isEqualTo(plain);
            assertThat(file.get("host").asText()).isEqualTo(HOST);
            assertThat(file.get("job_id").asText()).isEqualTo(a.jobId()).matches("[0-9]+");
            assertThat(file.get("node").asText()).isEqualTo(a.node());
            assertThat(file.get("persistent").asBoolean()).isFalse();
            assertThat(file.get("extras").get("tmux_server").asText()).isEqualTo("sac");
            assertThat(file.get("submitted_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");

            Lease b = c.book(kept, true);
            assertThat(b.persistent()).isTrue();
            assertThat(c.sessions(b.jobId())).containsExactly("_root");
            String script = c.run(RemoteCommand.script("cat ~/.scitex/hpc/scripts/" + b.id() + ".sh")).stdout();
            assertThat(script).contains("#SBATCH --signal=B:USR1@60", "#SBATCH --job-name=" + kept, "sbatch \"$0\"");

            assertThat(c.reservations.get(plain)).hasValue(a);
            assertThat(c.reservations.get(a.id())).hasValue(a);
            assertThat(c.reservations.list()).extracting(Lease::name).containsExactlyInAnyOrder(plain, kept);
            assertThat(c.reservations.refresh(plain)).isEqualTo(a);
            assertThatThrownBy(() -> c.reservations.book(BookRequest.of(plain, HOST), ALLOCATION, p -> { }))
                    .isInstanceOf(ServiceException.class)
                    .hasMessage("reservation " + a.id() + " already exists; release it first");

            c.reservations.release(plain);
            c.reservations.release(kept);
            assertThat(c.context.leases().fileFor(a.id())).doesNotExist();
            assertThat(c.context.leases().fileFor(b.id())).doesNotExist();
            c.await(() -> c.gone(a.jobId()) && c.gone(b.jobId()), g -> g, Duration.ofSeconds(30), "jobs gone");
            assertThat(c.newestByName(kept)).as("no successor survives the release").isEmpty();
            assertThatThrownBy(() -> c.reservations.release(plain)).hasMessage("(no reservation named '" + plain + "')");
            assertThatThrownBy(() -> c.reservations.refresh(kept)).hasMessage("(no reservation named '" + kept + "')");
            assertThat(c.reservations.get(plain)).isEmpty();

            Path log = c.context.paths().actionLog();
            String text = Files.readString(log);
            assertThat(text.lines()).anyMatch(l -> l.contains("\t" + HOST + "\texit 0\t") && l.contains("sbatch "));
            assertThat(text).as("stdin (the booking script) is never logged").doesNotContain("sac_on_usr1")
                    .contains("(stdin ");
            assertThat(c.context.actionLog().recent()).hasSize((int) text.lines().count());
        }
    }

    @Test
    void anSbatchRefusalIsReportedAndNothingIsSaved() throws Exception {
        String name = "rsx-" + ClusterServices.rand();
        try (ClusterServices c = new ClusterServices(home)) {
            BookRequest req = BookRequest.of(name, HOST).withResources(1, "100M", "00:10:00")
                    .withPartition("nosuch" + name.substring(4));
            assertThatThrownBy(() -> c.reservations.book(req, ALLOCATION, p -> { }))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("sbatch failed: sbatch: error: invalid partition specified");
            assertThat(c.context.leases().fileFor(req.leaseId())).doesNotExist();
        }
    }
}
