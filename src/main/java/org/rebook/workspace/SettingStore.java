package org.rebook.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Per-workspace settings such as the business time zone, so later commands read records the same way. */
public final class SettingStore {
    public static final String TIMEZONE = "timezone";
    public static final String REFERENCE_PATTERN = "reference_pattern";
    /** The incident time urgency is measured from, ISO-8601 with offset. */
    public static final String AS_OF = "as_of";
    /** Day/month order per mail sender, as the last reconcile learnt it (JSON object sender → day-first). */
    public static final String DATE_ORDER = "date_order";
    public static final String FLEET = "fleet";

    private final Connection connection;

    SettingStore(Connection connection) { this.connection = connection; }

    public Optional<String> get(String name) {
        try (PreparedStatement st = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read setting " + name + ": " + e.getMessage(), e);
        }
    }

    public void put(String name, String value) {
        try (PreparedStatement st = connection.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot write setting " + name + ": " + e.getMessage(), e);
        }
    }
}
