package org.rebook.ui.start;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rebook.service.DemoIncident;
import org.rebook.ui.AppContext;
import org.rebook.ui.WorkspaceSession;
import org.rebook.workspace.Workspace;

/** The first screen: open the demo incident, start a new workspace, or reopen one. */
public final class StartViewModel {
    private final AppContext context;
    private final DemoIncident demo;
    private final StringProperty error = new SimpleStringProperty("");

    public StartViewModel(AppContext context, DemoIncident demo) {
        this.context = context;
        this.demo = demo;
    }

    public StringProperty errorProperty() { return error; }

    public List<Path> recentWorkspaces() { return context.recent().list(); }

    /** Generates (once) and recovers the demo incident, then opens its workspace. */
    public void openDemo() {
        context.runner().run("Recovering the demo incident", progress -> {
            demo.recover(progress);
            return WorkspaceSession.open(demo.workspaceDir());
        }, context.taskState(), context::open, e -> error.set("Could not open the demo: " + e.getMessage()));
    }

    public void createWorkspace(Path dir) {
        if (Workspace.exists(dir)) {
            error.set(dir + " already holds a workspace; use Open instead.");
            return;
        }
        open(dir);
    }

    public void openWorkspace(Path dir) {
        if (!Workspace.exists(dir)) {
            error.set(dir + " is not a Rebook workspace (no rebook.mv.db inside).");
            return;
        }
        open(dir);
    }

    private void open(Path dir) {
        error.set("");
        context.runner().run("Opening " + dir.getFileName(), progress -> WorkspaceSession.open(dir), context.taskState(),
                context::open, e -> error.set("Could not open " + dir + ": " + e.getMessage()));
    }
}
