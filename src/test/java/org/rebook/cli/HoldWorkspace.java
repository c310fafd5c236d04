package org.rebook.cli;

import java.nio.file.Path;
import org.rebook.workspace.Workspace;

/** Test helper run as a separate process: opens a workspace, says so, and keeps it open until killed. */
public final class HoldWorkspace {
    private HoldWorkspace() { }

    public static void main(String[] args) throws InterruptedException {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
