package org.rebook.service;

import java.time.ZoneId;
import org.rebook.extract.ExtractionSettings;
import org.rebook.workspace.SettingStore;
import org.rebook.workspace.Workspace;

/**
 * How to read a workspace's records: its time zone and its booking-reference pattern. Values a user gives
 * are remembered, so later imports, reconciles and the GUI read records the same way.
 */
public final class WorkspaceSettings {
    private WorkspaceSettings() { }

    public static ExtractionSettings resolve(Workspace workspace, ZoneId zone, String referencePattern) {
        ZoneId z = ZoneChoice.resolve(workspace, zone);
        if (referencePattern != null) workspace.settings().put(SettingStore.REFERENCE_PATTERN, referencePattern);
        String pattern = workspace.settings().get(SettingStore.REFERENCE_PATTERN).filter(p -> !p.isBlank()).orElse(null);
        return new ExtractionSettings(z, true, pattern, workspace.templates().all());
    }

    public static RecoveryService service(Workspace workspace, ZoneId zone, String referencePattern) {
        return new RecoveryService(workspace, resolve(workspace, zone, referencePattern),
                org.rebook.reconcile.ReconcileSettings.defaults());
    }
}
