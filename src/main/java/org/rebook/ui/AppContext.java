package org.rebook.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.rebook.common.RecentWorkspaces;
import org.rebook.common.UserSettings;
import org.rebook.ui.tasks.TaskRunner;
import org.rebook.ui.tasks.TaskState;

/**
 * What the screens share: the open workspace, the job runner and its status, and a revision counter that
 * goes up whenever reservations were rebuilt so screens showing them reload.
 */
public final class AppContext {
    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final IntegerProperty resultsRevision = new SimpleIntegerProperty();
    private final TaskRunner runner;
    private final TaskState taskState = new TaskState();
    private final RecentWorkspaces recent;
    private final UserSettings settings;

    public AppContext(TaskRunner runner, RecentWorkspaces recent) {
        this(runner, recent, new UserSettings());
    }

    public AppContext(TaskRunner runner, RecentWorkspaces recent, UserSettings settings) {
        this.runner = runner;
        this.recent = recent;
        this.settings = settings;
    }

    public UserSettings settings() { return settings; }

    public ObjectProperty<WorkspaceSession> sessionProperty() { return session; }

    public WorkspaceSession session() { return session.get(); }

    public IntegerProperty resultsRevisionProperty() { return resultsRevision; }

    public void resultsChanged() { resultsRevision.set(resultsRevision.get() + 1); }

    public TaskRunner runner() { return runner; }

    public TaskState taskState() { return taskState; }

    public RecentWorkspaces recent() { return recent; }

    /** Makes {@code next} the open workspace, closing the previous one. */
    public void open(WorkspaceSession next) {
        WorkspaceSession previous = session.get();
        session.set(next);
        if (next != null) recent.remember(next.workspace().dir());
        if (previous != null && previous != next) previous.close();
        resultsChanged();
    }
}
