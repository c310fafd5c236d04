package org.rebook.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rebook.extract.LearnedTemplates;
import org.rebook.extract.TemplateLearner;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;
import org.rebook.workspace.RecordStore;
import org.rebook.workspace.Workspace;

/**
 * Teaching Rebook a mail layout: preview what a template reads from every mail of its family in the
 * workspace, save it (later reconciles read those mails with it), and move templates between workspaces
 * as JSON files.
 */
public final class TemplateService {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Workspace workspace;

    public TemplateService(Workspace workspace) { this.workspace = workspace; }

    /** What the template reads: how many mails it applies to, and the values from (up to) {@code limit} of them. */
    public record Preview(int matched, int mails, List<Row> rows) { }

    /** One mail the template applies to and what it read. */
    public record Row(long recordId, String subject, Map<String, String> read) { }

    public Preview preview(MailTemplate t, int limit) {
        LearnedTemplates one = new LearnedTemplates(List.of(t));
        int matched = 0, mails = 0;
        List<Row> rows = new ArrayList<>();
        for (RecordStore.Reading r : workspace.records().readings()) {
            if (!(r.parsed() instanceof MailMessage m)) continue;
            mails++;
            if (one.matching(m).isEmpty()) continue;
            matched++;
            if (rows.size() < limit) rows.add(new Row(r.id(), m.subject(), LearnedTemplates.read(t, TemplateLearner.text(m))));
        }
        return new Preview(matched, mails, rows);
    }

    public void save(MailTemplate t) {
        workspace.templates().put(t);
        workspace.journal().append("template", "saved mail template \"" + t.name() + "\" for " + t.sender()
                + " / \"" + t.subjectPrefix() + "…\" (" + t.rules().size() + " fields)");
    }

    public static List<MailTemplate> readFile(Path file) throws IOException {
        return JSON.readValue(file.toFile(), new TypeReference<List<MailTemplate>>() { });
    }

    public void importFile(Path file) throws IOException {
        for (MailTemplate t : readFile(file)) save(t);
    }

    public void exportFile(Path file) throws IOException {
        JSON.writeValue(file.toFile(), workspace.templates().all());
    }
}
