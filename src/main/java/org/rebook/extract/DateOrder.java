package org.rebook.extract;

import java.util.HashMap;
import java.util.Map;
import org.rebook.model.MailMessage;

/**
 * Day/month order per template family (mails from one sender), decided from that family's unambiguous
 * numeric dates: 23/11/2026 can only be day-first, 11/23/2026 only month-first. Families without such a
 * date keep the business default.
 */
public final class DateOrder {
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
        NumericDates.each(text, (first, second) -> {
            if (first > 12 && second <= 12) votes[0]++;
            else if (second > 12 && first <= 12) votes[1]++;
        });
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
