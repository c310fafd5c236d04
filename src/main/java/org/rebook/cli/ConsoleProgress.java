package org.rebook.cli;

import java.io.PrintWriter;
import org.rebook.task.Progress;

/** Progress on stderr, at most a few lines a second, so long imports show they are alive. */
final class ConsoleProgress implements Progress {
    private final PrintWriter err;
    private final boolean quiet;
    private long lastPrint;
    private String lastMessage = "";

    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void update(String message, long done, long total) {
        if (quiet) return;
        long now = System.nanoTime();
        if (message.equals(lastMessage) && now - lastPrint < 1_000_000_000L) return;
        lastPrint = now;
        lastMessage = message;
        err.println(total > 0 ? message + " (" + done + "/" + total + ")" : done > 0 ? message + " (" + done + ")" : message);
    }

    @Override
    public boolean cancelled() { return false; }
}
