package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.Bash;
import org.junit.jupiter.api.Test;

class ReservationScriptTest {

    @Test
    void persistentBookingWithTmuxServer() {
        BookRequest r = BookRequest.of("dev-pool", "spartan").withPartition("cascade")
                .withResources(8, "32G", "7-0").withPlacement("n[1-2]", "proj1", "normal", "a100:2")
                .withTmuxServer("sac").withPersistent(true, 3600);
        String expected = """
                #!/bin/bash
                #SBATCH --partition=cascade
                #SBATCH --cpus-per-task=8
                #SBATCH --time=7-0
                #SBATCH --mem=32G
                #SBATCH --nodelist='n[1-2]'
                #SBATCH --account=proj1
                #SBATCH --qos=normal
                #SBATCH --gpus=a100:2
                #SBATCH --job-name=dev-pool
                #SBATCH --signal=B:USR1@3600
                sac_resubmitted=0
                sac_on_usr1() {
                  if ((sac_resubmitted == 0)); then
                    sac_resubmitted=1
                    sbatch "$0"
                  fi
                }
                trap sac_on_usr1 USR1
                tmux -L sac new-session -d -s _root 'sleep infinity' || {
                  echo 'tmux server did not start' >&2
                  exit 1
                }
                sleep infinity &
                sac_hold=$!
                while kill -0 "$sac_hold" 2>/dev/null; do
                  wait "$sac_hold"
                done
                """;
        String script = ReservationScript.render(r);
        assertThat(script).isEqualTo(expected);
        Bash.assertSyntaxOk(script);
    }

    @Test
    void plainBookingHasNoSignalTrapOrTmux() {
        String expected = """
                #!/bin/bash
                #SBATCH --cpus-per-task=4
                #SBATCH --time=00:20:00
                #SBATCH --mem=8G
                #SBATCH --job-name=pool
                sleep infinity &
                sac_hold=$!
                while kill -0 "$sac_hold" 2>/dev/null; do
                  wait "$sac_hold"
                done
                """;
        String script = ReservationScript.render(BookRequest.of("pool", "h"));
        assertThat(script).isEqualTo(expected);
        Bash.assertSyntaxOk(script);
    }
}
