package org.rebook.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;

/** Reads mails with the templates people taught: the first template whose family the mail belongs to. */
public final class LearnedTemplates {
    private final List<MailTemplate> templates;

    public LearnedTemplates(List<MailTemplate> templates) { this.templates = List.copyOf(templates); }

    public boolean isEmpty() { return templates.isEmpty(); }

    public Optional<MailTemplate> matching(MailMessage m) {
        String sender = TemplateLearner.sender(m.from());
        String subject = TemplateLearner.withoutReplyPrefix(m.subject()).toLowerCase(Locale.ROOT);
        return templates.stream().filter(t -> t.sender().equalsIgnoreCase(sender)
                && subject.startsWith(t.subjectPrefix().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Field → raw text the template finds in {@code text}; fields it cannot find are left out. */
    public static Map<String, String> read(MailTemplate t, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (MailTemplate.Rule r : t.rules()) {
            String value = r.nextLine() ? afterAnchorLine(lines, r.anchor()) : onAnchorLine(lines, r.anchor());
            if (value == null) continue;
            if (!r.until().isEmpty()) {
                int cut = value.indexOf(r.until());
                if (cut >= 0) value = value.substring(0, cut);
            }
            value = value.strip();
            if (!value.isEmpty()) out.put(r.field(), value);
        }
        return out;
    }

    private static String onAnchorLine(String[] lines, String anchor) {
        for (String line : lines) {
            int at = line.indexOf(anchor);
            if (at >= 0) return line.substring(at + anchor.length());
        }
        return null;
    }

    private static String afterAnchorLine(String[] lines, String anchor) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals(anchor)) continue;
            for (int j = i + 1; j < lines.length; j++) if (!lines[j].isBlank()) return lines[j];
        }
        return null;
    }
}
