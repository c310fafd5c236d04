package org.rebook.service;

import java.time.ZoneId;
import org.rebook.workspace.SettingStore;
import org.rebook.workspace.Workspace;

/**
 * The business time zone for a workspace: the one the user names (remembered), else the one remembered,
 * else the system's. Remembering it keeps a later re-import reading local times the same way.
 */
public final class ZoneChoice {
    private ZoneChoice() { }

    public static ZoneId resolve(Workspace workspace, ZoneId requested) {
        if (requested != null) {
            workspace.settings().put(SettingStore.TIMEZONE, requested.getId());
            return requested;
        }
        return workspace.settings().get(SettingStore.TIMEZONE).map(ZoneId::of).orElseGet(() -> {
            ZoneId system = ZoneId.systemDefault();
            workspace.settings().put(SettingStore.TIMEZONE, system.getId());
            return system;
        });
    }
}
