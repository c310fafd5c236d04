package org.rebook.ui.templates;

import org.rebook.extract.Contacts;
import org.rebook.model.MailMessage;

/** A first name for a template: the sender's domain and the subject's shared start. */
final class TemplateLearnerNames {
    private TemplateLearnerNames() { }

    static String suggest(MailMessage m) {
        String domain = Contacts.email(m.from()).map(e -> e.substring(e.indexOf('@') + 1)).orElse("mail");
        String subject = m.subject().replaceAll("[#\\d].*$", "").strip();
        return domain + (subject.isEmpty() ? "" : " – " + subject);
    }
}
