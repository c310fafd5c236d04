package org.rebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebook.model.MailMessage;
import org.rebook.model.MailTemplate;

/**
 * Derives a {@link MailTemplate} from one mail in which a person marked the value of each field: for each
 * marked value, what stands before it on its line (the anchor) and after it. The family is the sender's
 * address and the subject up to the first digit or reference.
 */
public final class TemplateLearner {
    /** Fields a template can read, by their export name. */
    public static final List<String> FIELDS = List.of("reference", "customer_name", "customer_email", "customer_phone",
            "pickup_at", "return_at", "pickup_location", "return_location", "vehicle", "vehicle_plate", "total_amount");

    private TemplateLearner() { }

    /** The text a person marks values in: the same text extraction and spans use. */
    public static String text(MailMessage m) { return MailFacts.body(m); }

    /**
     * @param marked field → {start, end} in {@link #text(MailMessage)}
     * @throws IllegalArgumentException when a mark is empty, out of range, or spans lines
     */
    public static MailTemplate learn(String name, MailMessage m, Map<String, int[]> marked) {
        String text = text(m);
        List<MailTemplate.Rule> rules = new ArrayList<>();
        for (Map.Entry<String, int[]> e : marked.entrySet()) {
            if (!FIELDS.contains(e.getKey())) throw new IllegalArgumentException("unknown field " + e.getKey());
            int start = e.getValue()[0], end = e.getValue()[1];
            if (start < 0 || end > text.length() || start >= end) throw new IllegalArgumentException("empty mark for " + e.getKey());
            if (text.substring(start, end).contains("\n")) {
                throw new IllegalArgumentException("mark the " + e.getKey().replace('_', ' ') + " on one line");
            }
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', end);
            if (lineEnd < 0) lineEnd = text.length();
            String before = text.substring(lineStart, start);
            String after = text.substring(end, lineEnd).strip();
            if (!before.isBlank()) {
                rules.add(new MailTemplate.Rule(e.getKey(), anchor(before), after, false));
            } else {
                String previous = previousLine(text, lineStart);
                if (previous == null) throw new IllegalArgumentException("nothing before the " + e.getKey() + " to find it by");
                rules.add(new MailTemplate.Rule(e.getKey(), previous, after, true));
            }
        }
        return new MailTemplate(name, sender(m.from()), subjectPrefix(m.subject()), rules);
    }

    /** As {@link #learn}, with each field given by its value as written in the mail (its first occurrence). */
    public static MailTemplate learnFromValues(String name, MailMessage m, Map<String, String> values) {
        String text = text(m);
        Map<String, int[]> marked = new java.util.LinkedHashMap<>();
        values.forEach((field, value) -> {
            int at = text.indexOf(value);
            if (at < 0) throw new IllegalArgumentException("“" + value + "” (" + field + ") is not in the mail's text");
            marked.put(field, new int[] {at, at + value.length()});
        });
        return learn(name, m, marked);
    }

    /** The words right before the value: enough to find it again, not the customer-specific start of the line. */
    static String anchor(String before) {
        String b = before.stripLeading();
        // Keep the last label-like part: after the last sentence break, at most 40 characters.
        int cut = Math.max(b.lastIndexOf(". "), b.lastIndexOf("! "));
        if (cut >= 0 && b.substring(cut + 2).strip().length() >= 3) b = b.substring(cut + 2);
        return b.length() > 40 ? b.substring(b.length() - 40) : b;
    }

    private static String previousLine(String text, int lineStart) {
        int end = lineStart - 1;
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) return line;
            end = start - 1;
        }
        return null;
    }

    static String sender(String from) {
        return Contacts.email(from).map(s -> s.toLowerCase(Locale.ROOT)).orElse(from == null ? "" : from.strip().toLowerCase(Locale.ROOT));
    }

    /** The subject without a leading "Re:"/"Fwd:" (in the languages mail clients write them). */
    static String withoutReplyPrefix(String subject) {
        return subject == null ? "" : REPLY_PREFIX.matcher(subject).replaceFirst("");
    }

    private static final java.util.regex.Pattern NUMBER_OR_CODE = java.util.regex.Pattern.compile("[#\\d]|\\b[A-Z]{2,}-?[A-Z0-9]*\\d");
    private static final java.util.regex.Pattern REPLY_PREFIX = java.util.regex.Pattern.compile("(?i)^(re|fw|fwd|aw|wg|res|enc|tr)\\s*:\\s*");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\-–:#]+$");

    /** "Reservation #48213 confirmed" → "Reservation": the part every mail of the family shares. */
    static String subjectPrefix(String subject) {
        if (subject == null) return "";
        String s = withoutReplyPrefix(subject);
        java.util.regex.Matcher m = NUMBER_OR_CODE.matcher(s);
        if (m.find()) s = s.substring(0, m.start());
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }
}
