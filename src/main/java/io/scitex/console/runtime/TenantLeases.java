package io.scitex.console.runtime;

import io.scitex.console.lease.Lease;
import io.scitex.console.service.ReservationService;
import io.scitex.console.service.ServiceException;

/** Finds a tenant's lease with upstream's checks and exact error texts (contract §5). */
final class TenantLeases {
    static final String NEEDS_RESERVATION = "runtime: slurm-tenant requires spec.slurm.reservation to be set (name of"
            + " the scitex-hpc lease this agent should join)";

    private final ReservationService reservations;

    TenantLeases(ReservationService reservations) {
        this.reservations = reservations;
    }

    /** The reservation's job has ended and no successor runs. */
    static final class NoLiveJob extends ServiceException {
        NoLiveJob(String reservation) {
            super("reservation '" + reservation + "' exists but has no live job_id. Has the SLURM job exited? Check"
                    + " 'scitex-hpc reservations get'.");
        }
    }

    /** The lease as recorded (with or without a job). */
    Lease lease(String reservation) throws ServiceException {
        return reservations.get(reservation).orElseThrow(() -> new ServiceException("reservation '"
                + reservation + "' not found. Book one first: scitex-hpc reservations book " + reservation
                + " --host <h> ..."));
    }

    /** The lease with a job id (refreshed once when it has none) and a tmux server. */
    Lease resolve(String reservation) throws ServiceException {
        if (reservation.isEmpty()) {
            throw new ServiceException(NEEDS_RESERVATION);
        }
        Lease lease = reservations.get(reservation).orElseThrow(() -> new ServiceException("reservation '"
                + reservation + "' not found. Book one first: scitex-hpc reservations book " + reservation
                + " --host <h> ..."));
        if (!lease.hasJob()) {
            lease = reservations.refresh(lease.id());
        }
        if (!lease.hasJob()) {
            throw new NoLiveJob(reservation);
        }
        return withSocket(lease);
    }

    /** After a command found the job gone: the successor job if refresh finds one. */
    Lease refreshed(String reservation, Lease lease) throws ServiceException {
        Lease fresh = reservations.refresh(lease.id());
        if (!fresh.hasJob()) {
            throw new NoLiveJob(reservation);
        }
        return withSocket(fresh);
    }

    private static Lease withSocket(Lease lease) throws ServiceException {
        try {
            TenantCommands.socket(lease);
            return lease;
        } catch (IllegalStateException e) {
            throw new ServiceException(e.getMessage());
        }
    }
}
