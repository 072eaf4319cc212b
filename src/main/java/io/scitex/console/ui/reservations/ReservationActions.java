package io.scitex.console.ui.reservations;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.BookProgress;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.Partition;
import io.scitex.console.ui.common.Dialogs;
import io.scitex.console.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Book, refresh and release: the Book dialog shows the host's partition limits (sinfo) and refuses what can never
 * run before any sbatch; releasing a reservation whose booking still waits ends that booking quietly.
 */
public final class ReservationActions {
    private static final Duration BOOK_WAIT = Duration.ofMinutes(10);

    /** Where the actions report: a status line, the Activity tab, and "the files changed, read them again". */
    public interface View {
        void message(String text);

        void log(String line);

        void reload();
    }

    private final ConsoleContext context;
    private final View view;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Set<String> booking = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    public ReservationActions(ConsoleContext context, View view, UiExecutor executor, Dialogs dialogs) {
        this.context = context;
        this.view = view;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Reads the default host's partitions, then asks what to book; an impossible request never reaches sbatch. */
    public void book() {
        String host = context.defaultHost().orElse("");
        if (host.isEmpty()) {
            ask(host, List.of());
            return;
        }
        view.message("Reading the partitions of " + host + "…");
        executor.submit(() -> context.reservations().partitions(host), parts -> {
            view.message("");
            ask(host, parts);
        }, e -> {
            view.message("Could not read the partitions of " + host + " (" + e.getMessage() + "); their limits are"
                    + " not checked");
            ask(host, List.of());
        });
    }

    private void ask(String host, List<Partition> partitions) {
        dialogs.book(new BookForm(host, partitions)).ifPresent(this::submit);
    }

    private void submit(BookRequest request) {
        view.message("Booking " + request.name() + " on " + request.host() + "…");
        booking.add(request.name());
        AtomicBoolean listed = new AtomicBoolean();
        Consumer<BookProgress> progress = p -> executor.onUi(() -> {
            if (listed.compareAndSet(false, true)) {
                view.reload(); // the lease is saved once submitted: show it (and let it be released) now
            }
            view.message("Booking " + request.name() + ": job " + p.jobId() + " "
                    + p.state().toLowerCase(Locale.ROOT) + (p.reason().isEmpty() ? "" : " (" + p.reason() + ")")
                    + p.expectedStart().map(s -> ", expected start " + s).orElse(""));
        });
        executor.submit(() -> context.reservations().book(request, BOOK_WAIT, progress), lease -> {
            booking.remove(request.name());
            cancelled.remove(request.name());
            view.log("booked " + lease.id() + " job " + lease.jobId()
                    + (lease.node().isEmpty() ? " (still waiting for a node)" : " on " + lease.node()));
            view.message("Booked " + lease.name());
            view.reload();
        }, e -> {
            booking.remove(request.name());
            if (cancelled.remove(request.name())) {
                view.message("Booking of " + request.name() + " cancelled");
            } else {
                failed("The booking failed", e);
            }
            view.reload();
        });
    }

    public void refresh(Lease lease) {
        executor.submit(() -> context.reservations().refresh(lease.id()), l -> {
            view.log("refreshed " + l.id() + ": job " + l.jobId());
            view.reload();
        }, e -> failed("The refresh failed", e));
    }

    /** Asks first; a booking of it that still waits ends quietly ("booking of X cancelled"), not as an error. */
    public void release(Lease lease) {
        if (!dialogs.confirm("Release reservation " + lease.name() + "?", "Cancel job " + lease.jobId() + " on "
                + lease.host() + " and delete the reservation file? Every tenant running in it ends with it.")) {
            return;
        }
        if (booking.contains(lease.name())) {
            cancelled.add(lease.name());
        }
        executor.submit(() -> {
            context.reservations().release(lease.id());
            return lease;
        }, l -> {
            view.log("released " + l.id());
            view.message("Released " + l.name());
            view.reload();
        }, e -> {
            cancelled.remove(lease.name());
            failed("The release failed", e);
        });
    }

    private void failed(String header, Throwable e) {
        view.message(e.getMessage());
        dialogs.error(header, e.getMessage());
    }
}
