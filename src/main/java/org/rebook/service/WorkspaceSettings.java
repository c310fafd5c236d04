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
        return new ExtractionSettings(z, true, pattern, workspace.templates().all(), dateOrders(workspace), fleet(workspace));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Keeps what reconcile learnt of each sender's date order, so recomputes and reopened sessions read alike. */
    static void rememberDateOrders(Workspace workspace, java.util.Map<String, Boolean> bySender) {
        try {
            String json = JSON.writeValueAsString(new java.util.TreeMap<>(bySender));
            if (json.length() <= 4000) workspace.settings().put(SettingStore.DATE_ORDER, json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the fleet's models reconcile learnt, so recomputes and reopened sessions read payments alike. */
    static void rememberFleet(Workspace workspace, java.util.List<String> models) {
        String joined = String.join("\n", models); // FleetNames keeps it within a setting's 4 000 characters
        if (joined.length() <= 4000) workspace.settings().put(SettingStore.FLEET, joined);
    }

    private static java.util.List<String> fleet(Workspace workspace) {
        return workspace.settings().get(SettingStore.FLEET).filter(s -> !s.isBlank())
                .map(s -> java.util.List.of(s.split("\n"))).orElse(java.util.List.of());
    }

    private static java.util.Map<String, Boolean> dateOrders(Workspace workspace) {
        return workspace.settings().get(SettingStore.DATE_ORDER).map(json -> {
            try {
                return JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Boolean>>() { });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return java.util.Map.<String, Boolean>of(); // unreadable: learnt again at the next reconcile
            }
        }).orElse(java.util.Map.of());
    }

    public static RecoveryService service(Workspace workspace, ZoneId zone, String referencePattern) {
        return new RecoveryService(workspace, resolve(workspace, zone, referencePattern),
                org.rebook.reconcile.ReconcileSettings.defaults());
    }
}
