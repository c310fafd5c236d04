package org.rebook.task;

/** The user cancelled the work; what was committed before stays committed. */
public class CancelledException extends RuntimeException {
    public CancelledException() { super("Cancelled"); }
}
