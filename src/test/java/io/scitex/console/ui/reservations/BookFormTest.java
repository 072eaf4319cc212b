package io.scitex.console.ui.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.Partition;
import io.scitex.console.slurm.Sinfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookFormTest {
    private static final List<Partition> SMALL = Sinfo.parse("cascade*|2|21694|infinite\nshort|2|4000|1:00:00\n");

    @Test
    void defaultsFitTheDefaultPartition() {
        BookForm form = new BookForm("sac-test", SMALL);
        assertThat(form.partitionProperty().get()).isEqualTo("cascade");
        assertThat(form.cpusProperty().get()).isEqualTo("2");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.request()).map(BookRequest::cpus).contains(2);
        assertThat(form.limits()).isEqualTo("Partition cascade: 2 CPUs and 21.2 GB per node, no time limit");
    }

    @Test
    void aRequestNoNodeCanHoldIsRefusedWithTheLimitsInWords() {
        BookForm form = new BookForm("sac-test", SMALL);
        form.cpusProperty().set("4");
        assertThat(form.problemProperty().get())
                .isEqualTo("This can never run on partition cascade: 4 CPUs asked, but its nodes have at most 2.");
        assertThat(form.request()).isEmpty();
        form.cpusProperty().set("2");
        form.memProperty().set("64G");
        assertThat(form.problemProperty().get()).contains("64.0 GB of memory asked, but its nodes have at most 21.2 GB");
        form.memProperty().set("1G");
        form.partitionProperty().set("short");
        form.persistentProperty().set(false);
        assertThat(form.problemProperty().get()).contains("Its jobs may run for at most 1:00:00");
        form.timeProperty().set("00:30:00");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void messagesNameTheFieldNotACommandLineFlag() {
        BookForm form = new BookForm("sac-test", List.of());
        form.memProperty().set("lots");
        assertThat(form.problemProperty().get()).startsWith("Memory: ").doesNotContain("--");
        form.memProperty().set("8G");
        form.timeProperty().set("tomorrow");
        assertThat(form.problemProperty().get()).startsWith("Time limit: ").doesNotContain("--");
        form.timeProperty().set("00:30:00");
        assertThat(form.problemProperty().get()).contains("an hour before its end").doesNotContain("--");
        form.cpusProperty().set("");
        assertThat(form.problemProperty().get()).startsWith("CPUs: ");
        form.cpusProperty().set("3");
        form.hostProperty().set("");
        assertThat(form.problemProperty().get()).startsWith("Host: ");
    }

    @Test
    void limitsApplyOnlyToTheHostTheyWereReadFrom() {
        BookForm form = new BookForm("sac-test", SMALL);
        form.cpusProperty().set("4");
        form.hostProperty().set("elsewhere");
        assertThat(form.problemProperty().get()).isEmpty();
    }
}
