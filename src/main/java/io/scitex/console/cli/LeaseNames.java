package io.scitex.console.cli;

import io.scitex.console.lease.Lease;
import io.scitex.console.service.ReservationService;
import io.scitex.console.service.ServiceException;
import java.util.Optional;

/** A reservation named on the command line: by name or id, or by {@code <host>-<name>} when --host is given. */
final class LeaseNames {
    private LeaseNames() {}

    static Optional<Lease> find(ReservationService service, SacCommand root, String name) throws ServiceException {
        Optional<String> host = root.globalOptions().host();
        return service.get(host.isPresent() ? Lease.idFor(host.get(), name) : name);
    }

    static Lease require(ReservationService service, SacCommand root, String name) throws ServiceException {
        return find(service, root, name).orElseThrow(() -> new CliException(ExitStatus.USAGE, LeaseView.noSuch(name)));
    }
}
