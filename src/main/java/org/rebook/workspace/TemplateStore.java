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
import org.rebook.model.MailTemplate;

/** Mail templates taught in this workspace. Saving a template under an existing name replaces it. */
public final class TemplateStore {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    TemplateStore(Connection connection) { this.connection = connection; }

    public List<MailTemplate> all() {
        List<MailTemplate> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT definition FROM mail_template ORDER BY name")) {
            while (rs.next()) out.add(JSON.readValue(rs.getString(1), MailTemplate.class));
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException("Cannot read mail templates: " + e.getMessage(), e);
        }
        return out;
    }

    public void put(MailTemplate t) {
        try (PreparedStatement st = connection.prepareStatement(
                "MERGE INTO mail_template (name, definition, saved_at) KEY (name) VALUES (?, ?, ?)")) {
            st.setString(1, t.name());
            st.setString(2, JSON.writeValueAsString(t));
            st.setObject(3, OffsetDateTime.now());
            st.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new WorkspaceException("Cannot save mail template: " + e.getMessage(), e);
        }
    }
}
