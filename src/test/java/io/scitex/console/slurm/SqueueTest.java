package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqueueTest {

    @Test
    void commands() {
        assertThat(Squeue.userJobs("").script()).isEqualTo("squeue --user=\"${USER:-$(id -un)}\" --noheader"
                + " --states=all '--format=%i|%T|%M|%L|%N|%r|%S|%P|%j'");
        assertThat(Squeue.userJobs("bob smith").script()).isEqualTo("squeue '--user=bob smith' --noheader"
                + " --states=all '--format=%i|%T|%M|%L|%N|%r|%S|%P|%j'");
        assertThat(Squeue.byName("dev pool's").script()).isEqualTo("squeue --user=\"${USER:-$(id -un)}\""
                + " '--name=dev pool'\\''s' --noheader '--format=%i %T %N'");
        assertThat(Squeue.job("123").script()).isEqualTo("squeue --jobs=123 --noheader '--format=%T %N'");
        assertThat(Squeue.expectedStart("123_4").script())
                .isEqualTo("squeue --start --jobs=123_4 --noheader '--format=%i|%S|%r'");
        assertThatThrownBy(() -> Squeue.job("1; reboot")).hasMessageContaining("job id must look like");
    }

    @Test
    void sbatchCommands() {
        assertThat(Sbatch.cancel("77").script()).isEqualTo("scancel 77");
        assertThat(Sbatch.cancelByName("a b").script()).isEqualTo("scancel --user=\"${USER:-$(id -un)}\" '--name=a b'");
        var submit = Sbatch.writeAndSubmit("~/.scitex/hpc/scripts/h-pool.sh", "#!/bin/bash\n", java.util.List.of("~/l og"));
        assertThat(submit.script()).isEqualTo("mkdir -p -- \"$HOME\"/.scitex/hpc/scripts \"$HOME\"/'l og'"
                + " && cat > \"$HOME\"/.scitex/hpc/scripts/h-pool.sh.tmp && chmod 700 \"$HOME\"/.scitex/hpc/scripts/h-pool.sh.tmp"
                + " && mv -f -- \"$HOME\"/.scitex/hpc/scripts/h-pool.sh.tmp \"$HOME\"/.scitex/hpc/scripts/h-pool.sh"
                + " && sbatch \"$HOME\"/.scitex/hpc/scripts/h-pool.sh");
        assertThat(new String(submit.stdin())).isEqualTo("#!/bin/bash\n");
    }

    @Test
    void submitAnswers() {
        assertThat(Sbatch.submittedJobId("DISPLAY: localhost:10\nSubmitted batch job 4242\n")).hasValue("4242");
        assertThat(Sbatch.submittedJobId("Submitted batch job 17 on cluster spartan")).hasValue("17");
        assertThat(Sbatch.submittedJobId("sbatch: error: Batch job submission failed")).isEmpty();
        assertThat(Sbatch.parsableJobId("Welcome to Spartan\n4242\n")).hasValue("4242");
        assertThat(Sbatch.parsableJobId("4243;spartan\n")).hasValue("4243");
        assertThat(Sbatch.parsableJobId("DISPLAY: x\n")).isEmpty();
    }
}
