package io.scitex.console.service;

import io.scitex.console.lease.Lease;
import io.scitex.console.slurm.BookRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** scitex-hpc reservations ("leases"): book, get, list, refresh, release. Blocking calls. */
public interface ReservationService {
    /**
     * Submits the booking script and waits up to {@code wait} for RUNNING with a node, reporting progress.
     * On timeout the lease is kept with an empty node (as scitex-hpc does).
     */
    Lease book(BookRequest request, Duration wait, Consumer<BookProgress> progress) throws ServiceException;

    Optional<Lease> get(String nameOrId) throws ServiceException;

    List<Lease> list() throws ServiceException;

    /** The lease files {@link #list} passed over because they could not be read, each with file, line and column. */
    List<io.scitex.console.agent.Problem> unreadable();

    /** Asks squeue for the newest job of the lease's name (a resubmit changes the job id) and saves it. */
    Lease refresh(String nameOrId) throws ServiceException;

    /** {@code scancel} the job, then delete the lease file. */
    void release(String nameOrId) throws ServiceException;
}
