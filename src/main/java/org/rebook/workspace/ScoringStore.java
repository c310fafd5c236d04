package org.rebook.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The scoring text the last full reconcile learnt (see {@code org.rebook.reconcile.Scoring}). */
public final class ScoringStore {
    private final Connection connection;

    ScoringStore(Connection connection) { this.connection = connection; }

    public Optional<String> get() {
        try (PreparedStatement st = connection.prepareStatement("SELECT body FROM scoring WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the learnt scoring: " + e.getMessage(), e);
        }
    }

    /** Replaces what an earlier run learnt: it is derived from the records, which are all kept. */
    public void put(String body) {
        try (PreparedStatement st = connection.prepareStatement(
                "MERGE INTO scoring (id, body, learnt_at) KEY (id) VALUES (1, ?, CURRENT_TIMESTAMP)")) {
            st.setString(1, body);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot store the learnt scoring: " + e.getMessage(), e);
        }
    }
}
