package io.scitex.console.remote;

import java.nio.file.Path;

/** An ssh_config file could not be read or holds a bad value; the message names file:line:column and keyword. */
public class SshConfigException extends RuntimeException {
    /** A problem at a position in a config file. */
    public SshConfigException(Path file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }

    /** A problem not tied to one line (e.g. an unreadable file). */
    public SshConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
