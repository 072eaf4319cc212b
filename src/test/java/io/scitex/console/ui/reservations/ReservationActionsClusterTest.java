package io.scitex.console.ui.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.Prompter;
import io.scitex.console.runtime.ActionEntry;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.testing.Await;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.ScriptedDialogs;
import io.scitex.console.ui.common.ThreadedUiExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's reservation actions on the real cluster, with scripted dialogs (no JavaFX). */
@Tag(TestCluster.TAG)
class ReservationActionsClusterTest {
    private final String r = UUID.randomUUID().toString().substring(0, 6);
    @TempDir Path home;
    private ConsoleContext context;
    private final ThreadedUiExecutor executor = new ThreadedUiExecutor();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final ReservationActions.View view = new ReservationActions.View() {
        @Override
        public void message(String text) {
            messages.add(text);
        }

        @Override
        public void log(String line) {
            messages.add(line);
        }

        @Override
        public void reload() {}
    };

    @BeforeEach
    void open() {
        context = ConsoleContext.open(new ConsolePaths(home, Map.of()), ConsoleContext.Overrides.NONE
                .withSshConfig(TestCluster.sshConfig()).withKnownHosts(TestCluster.knownHosts())
                .withDefaultHost(TestCluster.ALIAS), Prompter.none());
    }

    @AfterEach
    void close() throws Exception {
        for (Lease l : context.reservations().list()) {
            context.reservations().release(l.id());
        }
        context.close();
        executor.close();
    }

    @Test
    void moreCpusThanTheNodeHasAreRefusedWithTheLimitsBeforeAnySbatch() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs(form -> {
            form.nameProperty().set("big-" + r);
            form.cpusProperty().set("4");
            return form.request();
        });
        new ReservationActions(context, view, executor, dialogs).book();
        Await.until(() -> dialogs.bookForms.size(), n -> n > 0, Duration.ofSeconds(30), "the Book dialog");

        BookForm form = dialogs.bookForms.get(0);
        assertThat(form.limits()).startsWith("Partition cascade: 2 CPUs and ");
        assertThat(form.problemProperty().get()).isEqualTo(
                "This can never run on partition cascade: 4 CPUs asked, but its nodes have at most 2.");
        assertThat(form.request()).isEmpty();
        List<String> commands = context.actionLog().recent().stream().map(ActionEntry::line).toList();
        assertThat(commands).anyMatch(l -> l.contains("sinfo")).noneMatch(l -> l.contains("sbatch"));
        assertThat(context.reservations().list()).isEmpty();
    }

    @Test
    void releasingWhileTheBookingWaitsEndsItQuietly() throws Exception {
        // a blocker takes both CPUs of the node, so the next booking waits in the queue
        context.reservations().book(BookRequest.of("blk-" + r, TestCluster.ALIAS).withResources(2, "100M",
                "00:05:00"), Duration.ofMinutes(3), p -> { });
        String name = "wait-" + r;
        ScriptedDialogs dialogs = new ScriptedDialogs(form -> {
            form.nameProperty().set(name);
            form.cpusProperty().set("1");
            form.memProperty().set("100M");
            form.persistentProperty().set(false);
            form.timeProperty().set("00:05:00");
            return form.request();
        });
        ReservationActions actions = new ReservationActions(context, view, executor, dialogs);
        actions.book();
        Await.until(() -> List.copyOf(messages), ms -> ms.stream().anyMatch(m -> m.startsWith("Booking " + name
                + ": job ") && m.contains("pending")), Duration.ofSeconds(60), "the booking waiting in the queue");

        Lease waiting = context.reservations().get(name).orElseThrow();
        actions.release(waiting);

        Await.until(() -> List.copyOf(messages), ms -> ms.contains("Booking of " + name + " cancelled"),
                Duration.ofSeconds(60), "the booking ended quietly");
        assertThat(dialogs.errors).as("no error dialog for a cancel the user asked for").isEmpty();
        assertThat(context.reservations().get(name)).isEqualTo(Optional.empty());
    }
}
