package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sac reservations ...} against the local cluster: scitex-hpc's outputs and exit codes. */
@Tag(TestCluster.TAG)
class ReservationVerbsClusterTest {
    @TempDir
    Path home;

    @Test
    void bookListGetRefreshRelease() throws Exception {
        Sac sac = new Sac(home);
        String name = "cr-" + UUID.randomUUID().toString().substring(0, 8);
        String id = TestCluster.ALIAS + "-" + name;
        try {
            Sac.Result book = sac.run("reservations", "book", name, "--cpus", "1", "--mem", "100M", "--time",
                    "00:10:00", "--tmux-server", "sac");
            assertThat(book.exit()).as(book.toString()).isZero();
            Matcher m = Pattern.compile("booked: id=" + Pattern.quote(id) + " job=(\\d+) node=(\\S+)\n")
                    .matcher(book.out());
            assertThat(m.matches()).as(book.toString()).isTrue();
            String job = m.group(1);
            String node = m.group(2);
            assertThat(book.err()).contains("job " + job + ": ");

            Sac.Result again = sac.run("reservations", "book", name, "--cpus", "1", "--mem", "100M");
            assertThat(again.exit()).isEqualTo(1);
            assertThat(again.err()).isEqualTo("error: reservation " + id + " already exists; release it first\n");

            Sac.Result list = sac.run("reservations", "list");
            assertThat(list.exit()).isZero();
            assertThat(list.out()).isEqualTo(String.format("%-32s  %-10s  %-14s  %-30s%n", "ID", "JOB", "PERSIST",
                    "NODE") + String.format("%-32s  %-10s  %-14s  %-30s%n", id, job, "no", node));
            JsonNode listed = Json.MAPPER.readTree(sac.run("reservations", "list", "--json").out());
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("id").asText()).isEqualTo(id);

            Sac.Result get = sac.run("reservations", "get", name);
            assertThat(get.exit()).isZero();
            JsonNode lease = Json.MAPPER.readTree(get.out());
            assertThat(lease.get("name").asText()).isEqualTo(name);
            assertThat(lease.get("host").asText()).isEqualTo(TestCluster.ALIAS);
            assertThat(lease.get("job_id").asText()).isEqualTo(job);
            assertThat(lease.get("persistent").asBoolean()).isFalse();
            assertThat(lease.get("extras").get("tmux_server").asText()).isEqualTo("sac");
            Sac.Result missing = sac.run("reservations", "get", name + "-x");
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).isEqualTo("(no reservation named '" + name + "-x')\n");

            Sac.Result refresh = sac.run("reservations", "refresh", name);
            assertThat(refresh.exit()).as(refresh.toString()).isZero();
            assertThat(refresh.out()).isEqualTo("refreshed: id=" + id + " job=" + job + " node=" + node + "\n");
            assertThat(Json.MAPPER.readTree(sac.run("reservations", "refresh", name, "--json").out())
                    .get("job_id").asText()).isEqualTo(job);

            Sac.Result release = sac.run("reservations", "release", name);
            assertThat(release.exit()).as(release.toString()).isZero();
            assertThat(release.out()).isEqualTo("released: " + id + " (ok)\n");
            assertThat(sac.run("reservations", "list").out()).isEqualTo("(no reservations)\n");
            Sac.Result gone = sac.run("reservations", "release", name);
            assertThat(gone.exit()).isZero();
            assertThat(gone.err()).isEqualTo("(no reservation named '" + name + "')\n");
            assertThat(sac.run("reservations", "release", name, "--no-missing-ok").exit()).isEqualTo(2);
            assertThat(sac.run("reservations", "refresh", name).exit()).isEqualTo(2);
        } finally {
            sac.run("reservations", "release", name);
        }
    }

    @Test
    void aRefusedSubmissionSaysWhatSbatchSaid() {
        Sac sac = new Sac(home);
        String name = "cr-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Sac.Result r = sac.run("reservations", "book", name, "--partition", "nosuch", "--cpus", "1", "--mem",
                    "100M");
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: sbatch failed: ").contains("nosuch");
            assertThat(r.out()).isEmpty();
            assertThat(sac.run("reservations", "list").out()).isEqualTo("(no reservations)\n");
        } finally {
            sac.run("reservations", "release", name);
        }
    }
}
