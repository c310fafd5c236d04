package org.rebook.ui.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rebook.extract.TemplateLearner;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;
import org.rebook.service.TemplateService;
import org.rebook.ui.AppContext;
import org.rebook.ui.WorkspaceSession;

/**
 * Teaching a mail layout from one example: the person marks each field's value in the mail's text, sees how
 * many mails of that sender and subject the template reads and what, and saves it; the workspace is then
 * reconciled again so those mails are read with it.
 */
public final class TeachTemplateViewModel {
    /** A marked value. */
    public record Mark(String field, int start, int end, String value) {
        @Override
        public String toString() { return field.replace('_', ' ') + " = " + value; }
    }

    private final AppContext context;
    private final MailMessage mail;
    private final String text;
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    private final ObservableList<TemplateService.Row> preview = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("Mark at least one value, then preview.");
    private final StringProperty name = new SimpleStringProperty();

    public TeachTemplateViewModel(AppContext context, MailMessage mail) {
        this.context = context;
        this.mail = mail;
        this.text = TemplateLearner.text(mail);
        name.set(mail.subject() == null ? "template" : TemplateLearnerNames.suggest(mail));
    }

    public String text() { return text; }

    public ObservableList<Mark> marks() { return marks; }

    public ObservableList<TemplateService.Row> preview() { return preview; }

    public StringProperty summaryProperty() { return summary; }

    public StringProperty nameProperty() { return name; }

    public List<String> fields() { return TemplateLearner.FIELDS; }

    /** Marks {@code [start, end)} of the text as {@code field}'s value (replacing an earlier mark of that field). */
    public void mark(String field, int start, int end) {
        if (field == null || start >= end) {
            summary.set("Select the value in the mail first, then choose its field.");
            return;
        }
        String value = text.substring(start, end);
        if (value.contains("\n")) {
            summary.set("Mark a value on one line.");
            return;
        }
        marks.removeIf(m -> m.field().equals(field));
        marks.add(new Mark(field, start, end, value.strip()));
    }

    public MailTemplate template() {
        Map<String, int[]> marked = new LinkedHashMap<>();
        for (Mark m : marks) marked.put(m.field(), new int[] {m.start(), m.end()});
        return TemplateLearner.learn(name.get() == null || name.get().isBlank() ? "template" : name.get().strip(), mail, marked);
    }

    public void runPreview() {
        WorkspaceSession session = context.session();
        if (session == null || marks.isEmpty()) return;
        MailTemplate t;
        try {
            t = template();
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        context.runner().run("Trying the template on every mail", p -> new TemplateService(session.workspace()).preview(t, 50),
                context.taskState(), (TemplateService.Preview p) -> {
                    preview.setAll(p.rows());
                    summary.set("Mails from " + t.sender() + " with subjects starting “" + t.subjectPrefix() + "”: reads "
                            + p.matched() + " of " + p.mails() + " mails" + (p.matched() > p.rows().size()
                            ? " (first " + p.rows().size() + " shown)" : ""));
                }, e -> summary.set("Could not try it: " + e.getMessage()));
    }

    /** Saves the template and reads every mail again with it. */
    public void save(Runnable done) {
        WorkspaceSession session = context.session();
        if (session == null || marks.isEmpty()) return;
        MailTemplate t = template();
        context.runner().run("Saving template and reconciling", p -> {
            new TemplateService(session.workspace()).save(t);
            session.reloadSettings();
            return session.service().reconcile(p);
        }, context.taskState(), r -> {
            context.resultsChanged();
            summary.set("Saved “" + t.name() + "”; " + r.reservations().size() + " reservations after reading the mails again.");
            done.run();
        }, e -> summary.set("Could not save: " + e.getMessage()));
    }
}
