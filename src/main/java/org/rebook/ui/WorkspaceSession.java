package org.rebook.ui;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.rebook.service.RecoveryService;
import org.rebook.service.WorkspaceSettings;
import org.rebook.workspace.SettingStore;
import org.rebook.workspace.Workspace;

/**
 * An open workspace and the service over it, plus the incident time urgency is measured from (the one
 * recorded in the workspace, else now). Its database is used from the worker thread only.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Workspace workspace;
    private volatile RecoveryService service;
    private final OffsetDateTime asOf;

    private WorkspaceSession(Workspace workspace) {
        this.workspace = workspace;
        this.service = WorkspaceSettings.service(workspace, null, null);
        this.asOf = workspace.settings().get(SettingStore.AS_OF).map(OffsetDateTime::parse)
                .orElseGet(() -> OffsetDateTime.now(service.zone()));
    }

    public static WorkspaceSession open(Path dir) {
        return new WorkspaceSession(Workspace.open(dir));
    }

    public Workspace workspace() { return workspace; }

    public RecoveryService service() { return service; }

    /** Re-reads how to read records (a template was taught): later reconciles use it. */
    public void reloadSettings() { service = WorkspaceSettings.service(workspace, null, null); }

    public OffsetDateTime asOf() { return asOf; }

    public String name() { return workspace.name(); }

    @Override
    public void close() { workspace.close(); }
}
