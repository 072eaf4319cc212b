package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Foundation smoke test through the SSH layer: sinfo, sbatch, squeue, scancel on the local cluster. */
@Tag(TestCluster.TAG)
class SmokeClusterTest {

    @Test
    void submitsSeesCancelsAndLosesAJob() throws Exception {
        try (SshHosts hosts = TestCluster.hosts()) {
            ExecResult sinfo = hosts.run(TestCluster.ALIAS, RemoteCommand.of("sinfo", "-h", "-o", "%P %a"));
            assertThat(sinfo.exitStatus()).as(sinfo.stderr()).isZero();
            assertThat(sinfo.stdoutLines()).contains("cascade* up", "sapphire up");

            String name = "sac-smoke-" + UUID.randomUUID().toString().substring(0, 8);
            ExecResult sub = hosts.run(TestCluster.ALIAS,
                    RemoteCommand.of("sbatch", "--parsable", "-J", name, "--wrap", "sleep 300"));
            assertThat(sub.exitStatus()).as(sub.stderr()).isZero();
            String jobId = sub.stdout().strip().split(";")[0];
            assertThat(jobId).matches("\\d+");
            try {
                ExecResult q = hosts.run(TestCluster.ALIAS, RemoteCommand.of("squeue", "-h", "-o", "%i|%j"));
                assertThat(q.stdoutLines()).contains(jobId + "|" + name);
            } finally {
                ExecResult cancel = hosts.run(TestCluster.ALIAS, RemoteCommand.of("scancel", jobId));
                assertThat(cancel.exitStatus()).as(cancel.stderr()).isZero();
            }
            boolean gone = false;
            for (int i = 0; i < 60 && !gone; i++) {
                ExecResult q = hosts.run(TestCluster.ALIAS, RemoteCommand.of("squeue", "-h", "-t", "PD,R,CG", "-o", "%i"));
                gone = !q.stdoutLines().contains(jobId);
                if (!gone) {
                    Thread.sleep(500);
                }
            }
            assertThat(gone).as("job " + jobId + " gone from squeue after scancel").isTrue();
        }
    }
}
