package org.rebook.task;

/**
 * How long-running work reports progress and learns it was cancelled. UI-free: the CLI prints it, the GUI
 * binds it to a progress bar, tests pass {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override public void update(String message, long done, long total) { }

        @Override public boolean cancelled() { return false; }
    };

    /** {@code total} is -1 when unknown. */
    void update(String message, long done, long total);

    boolean cancelled();

    /** Throws {@link CancelledException} once the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) throw new CancelledException();
    }
}
