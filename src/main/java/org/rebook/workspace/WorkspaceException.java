package org.rebook.workspace;

/** A workspace read or write failed; the message says what and where. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message, Throwable cause) { super(message, cause); }
}
