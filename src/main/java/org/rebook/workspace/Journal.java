package org.rebook.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An append-only log of what was done to the workspace. */
public final class Journal {
    private final Connection connection;

    Journal(Connection connection) { this.connection = connection; }

    public void append(String action, String detail) {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO journal (at, action, detail) VALUES (?, ?, ?)")) {
            st.setObject(1, OffsetDateTime.now());
            st.setString(2, action);
            st.setString(3, detail);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot write journal: " + e.getMessage(), e);
        }
    }

    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT at, action, detail FROM journal ORDER BY id")) {
            while (rs.next()) out.add(new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read journal: " + e.getMessage(), e);
        }
        return out;
    }

    /** One journal line. */
    public record Entry(OffsetDateTime at, String action, String detail) { }
}
