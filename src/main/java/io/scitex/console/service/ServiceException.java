package io.scitex.console.service;

/** A request the services refused or could not carry out; the message is meant for the user, verbatim. */
public class ServiceException extends Exception {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
