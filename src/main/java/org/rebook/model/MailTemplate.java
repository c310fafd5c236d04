package org.rebook.model;

import java.util.List;

/**
 * A mail layout a person taught Rebook from one example: mails from {@code sender} whose subject starts with
 * {@code subjectPrefix} carry each field after the same anchor text. A rule with {@code nextLine} reads the
 * line after an anchor line (values in tables rendered one cell per line).
 */
public record MailTemplate(String name, String sender, String subjectPrefix, List<Rule> rules) {
    public MailTemplate {
        rules = List.copyOf(rules);
    }

    /** One field: the text before the value on its line (or the line before it), and the text after it. */
    public record Rule(String field, String anchor, String until, boolean nextLine) { }
}
