package org.rebook.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebook.model.DecisionEffect;
import org.rebook.model.DecisionKind;
import org.rebook.model.StaffDecision;

/**
 * People's decisions and the audit log. Decisions form an undo stack: undo marks the newest active one
 * undone, redo makes the oldest undone one active again, and a new decision drops whatever could still be
 * redone. Nothing is deleted, so the audit log tells the whole story.
 */
public final class DecisionStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    DecisionStore(Connection connection) { this.connection = connection; }

    /** One audit line: a decision and what happened to it. */
    public record AuditEntry(OffsetDateTime at, long decisionId, String event, DecisionKind kind, String summary,
                             String before, String after) { }

    /** Stores a new decision as made (call inside a transaction). Undone decisions can no longer be redone. */
    public long add(DecisionKind kind, String summary, DecisionEffect effect, String before) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE decision SET state = 'dropped' WHERE state = 'undone'");
        }
        long id;
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO decision (at, kind, summary, effect, state, before_state) VALUES (?, ?, ?, ?, 'active', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setObject(1, OffsetDateTime.now());
            st.setString(2, kind.code());
            st.setString(3, summary);
            st.setString(4, encode(effect));
            st.setString(5, before);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        audit(id, "made");
        return id;
    }

    public void setAfter(long id, String after) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE decision SET after_state = ? WHERE id = ?")) {
            st.setString(1, after);
            st.setLong(2, id);
            st.executeUpdate();
        }
    }

    /** Active decisions, oldest first: what reconcile must respect. */
    public List<StaffDecision> active() {
        return query("SELECT id, at, kind, summary, effect FROM decision WHERE state = 'active' ORDER BY id");
    }

    /** The decision undo would take back. */
    public Optional<StaffDecision> undoable() {
        return query("SELECT id, at, kind, summary, effect FROM decision WHERE state = 'active' ORDER BY id DESC LIMIT 1")
                .stream().findFirst();
    }

    /** The decision redo would make again. */
    public Optional<StaffDecision> redoable() {
        return query("SELECT id, at, kind, summary, effect FROM decision WHERE state = 'undone' ORDER BY id LIMIT 1")
                .stream().findFirst();
    }

    /** Marks a decision undone or active again (call inside a transaction). */
    public void setUndone(long id, boolean undone) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE decision SET state = ? WHERE id = ?")) {
            st.setString(1, undone ? "undone" : "active");
            st.setLong(2, id);
            st.executeUpdate();
        }
        audit(id, undone ? "undone" : "redone");
    }

    public List<AuditEntry> auditLog() {
        List<AuditEntry> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT a.at, a.decision_id, a.event, d.kind, d.summary, d.before_state, d.after_state"
                        + " FROM audit a JOIN decision d ON d.id = a.decision_id ORDER BY a.id")) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getObject(1, OffsetDateTime.class), rs.getLong(2), rs.getString(3),
                        DecisionKind.fromCode(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the audit log: " + e.getMessage(), e);
        }
        return out;
    }

    private void audit(long decisionId, String event) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO audit (at, decision_id, event) VALUES (?, ?, ?)")) {
            st.setObject(1, OffsetDateTime.now());
            st.setLong(2, decisionId);
            st.setString(3, event);
            st.executeUpdate();
        }
    }

    private List<StaffDecision> query(String sql) {
        List<StaffDecision> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new StaffDecision(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        DecisionKind.fromCode(rs.getString(3)), rs.getString(4), decode(rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read decisions: " + e.getMessage(), e);
        }
        return out;
    }

    static String encode(DecisionEffect effect) {
        try {
            return JSON.writeValueAsString(effect);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static DecisionEffect decode(String json) {
        try {
            return JSON.readValue(json, DecisionEffect.class);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("A stored decision is not readable: " + e.getMessage(), e);
        }
    }
}
