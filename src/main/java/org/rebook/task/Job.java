package org.rebook.task;

/** A piece of long-running work, UI-free: the GUI runs it in the background, tests run it inline. */
@FunctionalInterface
public interface Job<T> {
    T run(Progress progress) throws Exception;
}
