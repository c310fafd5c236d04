package org.rebook.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rebook.model.MailMessage;

/**
 * Day/month order per template family (mails from one sender), decided from that family's unambiguous
 * numeric dates: 23/11/2026 can only be day-first, 11/23/2026 only month-first. Families without such a
 * date keep the business default.
 */
public final class DateOrder {
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)");

    private final Map<String, int[]> votes = new HashMap<>();

    /** Counts the unambiguous dates in one mail. */
    public void add(MailMessage m) { add(count(m)); }

    /** One mail's votes, or null when it has no unambiguous date; safe to compute in parallel. */
    public static Vote count(MailMessage m) {
        // The raw parts are enough to find numeric dates: rendering HTML here would do extraction's work twice.
        // Each part on its own: no date spans the two, and joining them copied every mail body once more.
        int[] votes = new int[2];
        count(m.textBody(), votes);
        count(m.htmlBody(), votes);
        int dayFirst = votes[0], monthFirst = votes[1];
        return dayFirst + monthFirst == 0 ? null : new Vote(TemplateLearner.sender(m.from()), dayFirst, monthFirst);
    }

    private static void count(String text, int[] votes) {
        if (text == null) return;
        Matcher d = NUMERIC.matcher(text);
        while (d.find()) {
            int a = Integer.parseInt(text, d.start(1), d.end(1), 10), b = Integer.parseInt(text, d.start(2), d.end(2), 10);
            if (a > 12 && b <= 12) votes[0]++;
            else if (b > 12 && a <= 12) votes[1]++;
        }
    }

    /** What one mail's dates say about its sender's order. */
    public record Vote(String sender, int dayFirst, int monthFirst) { }

    public void add(Vote vote) {
        if (vote == null) return;
        int[] v = votes.computeIfAbsent(vote.sender(), k -> new int[2]);
        v[0] += vote.dayFirst();
        v[1] += vote.monthFirst();
    }

    /** Sender → day-first, for the families whose dates said so one way more than the other. */
    public Map<String, Boolean> bySender() {
        Map<String, Boolean> out = new HashMap<>();
        votes.forEach((sender, v) -> {
            if (v[0] != v[1]) out.put(sender, v[0] > v[1]);
        });
        return out;
    }
}
