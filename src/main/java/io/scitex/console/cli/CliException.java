package io.scitex.console.cli;

/** A refusal printed verbatim on stderr with its exit status (e.g. {@code (no reservation named 'x')}, 2). */
final class CliException extends RuntimeException {
    private final int status;

    CliException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
