package io.scitex.console.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingReasonTest {

    @Test
    void commonReasonsInPlainWords() {
        assertThat(PendingReason.parse("(Resources)").words())
                .isEqualTo("waiting for free resources (CPUs, memory or nodes)");
        assertThat(PendingReason.parse("Priority").words()).isEqualTo("waiting behind jobs with a higher priority");
        assertThat(PendingReason.parse("(Dependency)").words()).isEqualTo("waiting for another job to finish (dependency)");
        assertThat(PendingReason.parse("(BeginTime)").words()).isEqualTo("its start time has not come yet");
        assertThat(PendingReason.parse("(JobHeldUser)").words())
                .isEqualTo("held by its owner; release it with scontrol release");
        assertThat(PendingReason.parse("(QOSMaxJobsPerUserLimit)").words())
                .isEqualTo("you already run as many jobs as your QOS allows");
    }

    @Test
    void reqNodeNotAvailKeepsTheNodes() {
        PendingReason r = PendingReason.parse("(ReqNodeNotAvail, UnavailableNodes:spartan-bm[001-003])");
        assertThat(r.code()).isEqualTo("ReqNodeNotAvail");
        assertThat(r.detail()).isEqualTo("UnavailableNodes:spartan-bm[001-003]");
        assertThat(r.words()).isEqualTo("a requested node is not available (down, drained or reserved)"
                + " (UnavailableNodes:spartan-bm[001-003])");
    }

    @Test
    void familiesAndUnknownCodes() {
        assertThat(PendingReason.parse("QOSGrpCpuLimit").words())
                .isEqualTo("a limit of your QOS is reached (QOSGrpCpuLimit); it starts when your other jobs end");
        assertThat(PendingReason.parse("AssocGrpMemLimit").words()).startsWith("a limit of your account is reached");
        assertThat(PendingReason.parse("FancyNewReason").words()).isEqualTo("SLURM reason: FancyNewReason");
        assertThat(PendingReason.parse("launch failed requeued held").words())
                .isEqualTo("its launch failed; it was requeued and held");
    }

    @Test
    void noReason() {
        assertThat(PendingReason.parse("None").isNone()).isTrue();
        assertThat(PendingReason.parse("").isNone()).isTrue();
        assertThat(PendingReason.parse("(null)").isNone()).isTrue();
        assertThat(PendingReason.parse("(Resources)").isNone()).isFalse();
    }
}
