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

    /** The line printed on stderr: the services' messages verbatim, after {@code error: }. */
    static String message(Exception e) {
        if (e instanceof CliException) {
            return e.getMessage();
        }
        return "error: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
