package org.rebook.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rebook.model.Provenance;
import org.rebook.model.Quarantined;

/** Records that could not be read, keyed by file content and position so re-imports add nothing. */
public final class QuarantineStore {
    private final Connection connection;

    QuarantineStore(Connection connection) { this.connection = connection; }

    /** Adds the record; returns false when the same file position was quarantined before. */
    public boolean add(Quarantined q) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT 1 FROM quarantine WHERE file_sha256 = ? AND position = ?")) {
            find.setString(1, q.provenance().fileSha256());
            find.setString(2, q.provenance().position());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) return false;
            }
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO quarantine (file_name, file_sha256, position, reason, raw, quarantined_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, q.provenance().fileName());
            st.setString(2, q.provenance().fileSha256());
            st.setString(3, q.provenance().position());
            st.setString(4, truncate(q.reason(), 4000));
            st.setString(5, q.raw());
            st.setObject(6, OffsetDateTime.now());
            st.executeUpdate();
        }
        return true;
    }

    public List<Quarantined> all() {
        List<Quarantined> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT file_name, file_sha256, position, reason, raw FROM quarantine ORDER BY id")) {
            while (rs.next()) {
                out.add(new Quarantined(new Provenance(rs.getString(1), rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read quarantine: " + e.getMessage(), e);
        }
        return out;
    }

    public int count() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM quarantine")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot count quarantine: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
