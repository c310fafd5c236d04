package org.rebook.ui.reservations;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rebook.extract.HtmlText;
import org.rebook.model.CalendarEntry;
import org.rebook.model.FieldSource;
import org.rebook.model.MailMessage;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Payment;
import org.rebook.model.Reservation;

/**
 * An evidence record as a person reads it (a mail with its headers and body, an event, a payment), and where
 * in that text the values Rebook took from it appear, so the card can highlight them.
 */
public record CardText(String text, List<Hit> hits) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm xxx", Locale.ENGLISH);

    /** A highlighted range and the field it gave. */
    public record Hit(int start, int end, String field) { }

    /**
     * A mail shows the spans extraction recorded (exactly where each value was read); other records, and a
     * mail's headers, highlight where the reservation's values from this record appear.
     */
    public static CardText of(ParsedRecord record, Reservation r, long recordId,
                              java.util.function.Function<ParsedRecord, org.rebook.model.BookingFacts> extractor) {
        if (record instanceof MailMessage m && extractor != null) {
            org.rebook.extract.MailSpans spans = org.rebook.extract.MailSpans.of(m, extractor.apply(m));
            String header = headers(m);
            List<Hit> hits = new ArrayList<>(of(header, r, recordId).hits());
            for (org.rebook.extract.MailSpans.Span s : spans.spans()) {
                hits.add(new Hit(header.length() + s.start(), header.length() + s.end(), s.field()));
            }
            return new CardText(header + spans.text().stripTrailing(), withoutOverlaps(hits));
        }
        return of(render(record), r, recordId);
    }

    private static CardText of(String text, Reservation r, long recordId) {
        List<String[]> values = new ArrayList<>();
        if (r.bookingReference() != null) values.add(new String[] {"reference", r.bookingReference()});
        for (FieldSource f : r.fieldSources()) {
            if (f.recordId() != recordId || f.value() == null || f.edited()) continue;
            if (f.field().equals("total_amount")) {
                values.add(new String[] {f.field(), f.value()});
                values.add(new String[] {f.field(), f.value().replace('.', ',')});
            } else if (!f.field().endsWith("_at") && !f.field().equals("currency")) {
                values.add(new String[] {f.field(), f.value()});
            }
        }
        return new CardText(text, hits(text, values));
    }

    static List<Hit> hits(String text, List<String[]> values) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Hit> found = new ArrayList<>();
        for (String[] v : values) {
            String needle = v[1].toLowerCase(Locale.ROOT).strip();
            if (needle.length() < 3) continue;
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
                found.add(new Hit(at, at + needle.length(), v[0]));
            }
        }
        return withoutOverlaps(found);
    }

    /** Longest first at each place, then drop overlaps: one highlight per stretch of text. */
    static List<Hit> withoutOverlaps(List<Hit> hits) {
        List<Hit> found = new ArrayList<>(hits);
        found.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> out = new ArrayList<>();
        int end = -1;
        for (Hit h : found) {
            if (h.start() >= end) {
                out.add(h);
                end = h.end();
            }
        }
        return out;
    }

    static String render(ParsedRecord record) {
        StringBuilder s = new StringBuilder();
        if (record instanceof MailMessage m) {
            s.append(headers(m));
            String body = m.textBody() != null && !m.textBody().isBlank() ? m.textBody()
                    : m.htmlBody() == null ? "" : HtmlText.render(m.htmlBody());
            s.append(body.strip());
        } else if (record instanceof CalendarEntry e) {
            line(s, "Event", e.summary());
            line(s, "Calendar", e.calendarName());
            line(s, "Starts", e.start() == null ? null : e.start().format(WHEN));
            line(s, "Ends", e.end() == null ? null : e.end().format(WHEN));
            line(s, "Where", e.location());
            line(s, "Status", e.status());
            if (e.description() != null) s.append('\n').append(e.description().strip());
        } else if (record instanceof Payment p) {
            line(s, "Amount", p.amount().toPlainString() + (p.currency() == null ? "" : " " + p.currency().toUpperCase(Locale.ROOT)));
            line(s, "Status", p.rawStatus() == null ? p.status().name().toLowerCase(Locale.ROOT) : p.rawStatus());
            line(s, "Refunded", p.amountRefunded() == null || p.amountRefunded().signum() == 0 ? null : p.amountRefunded().toPlainString());
            line(s, "Created", p.created() == null ? null : p.created().toString());
            line(s, "Customer", p.customerName());
            line(s, "E-mail", p.customerEmail());
            line(s, "Phone", p.customerPhone());
            line(s, "Description", p.description());
            p.metadata().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> line(s, "metadata." + e.getKey(), e.getValue()));
        }
        return s.toString();
    }

    private static String headers(MailMessage m) {
        StringBuilder s = new StringBuilder();
        line(s, "From", m.from());
        line(s, "Subject", m.subject());
        line(s, "Date", m.sentAt() == null ? null : m.sentAt().format(WHEN));
        return s.append('\n').toString();
    }

    private static void line(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) s.append(name).append(": ").append(value.strip()).append('\n');
    }
}
