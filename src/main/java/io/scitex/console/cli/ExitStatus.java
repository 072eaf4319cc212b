package io.scitex.console.cli;


/** sac's exit statuses: 0 ok, 1 an action failed, 2 bad usage or nothing by that name (as scitex-hpc). */
final class ExitStatus {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitStatus() {}

    static int of(Exception e) {
        if (e instanceof CliException c) {
            return c.status();
        }
        return e instanceof IllegalArgumentException ? USAGE : FAILED;
    }

    /**
     * Whether {@code e} is one of the failures the console reports in words (a service, SSH, file or usage error),
     * as opposed to a bug, whose trace goes to the log file.
     */
    static boolean expected(Exception e) {
        return e instanceof CliException || e instanceof io.scitex.console.service.ServiceException
                || e instanceof io.scitex.console.remote.RemoteException
                || e instanceof io.scitex.console.remote.SshConfigException
                || e instanceof io.scitex.console.lease.LeaseFileException
                || e instanceof io.scitex.console.settings.JsonObjectReader.BadJsonException
                || e instanceof IllegalArgumentException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException;
    }

    /** The line printed on stderr: the services' messages verbatim, after {@code error: }. */
    static String message(Exception e) {
        if (e instanceof CliException) {
            return e.getMessage();
        }
        return "error: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
