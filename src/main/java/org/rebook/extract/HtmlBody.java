package org.rebook.extract;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A mail's HTML part, parsed at most once for the two readers of it: its schema.org markup and its text. Parsing
 * was most of the cost of each, and a booking mail with markup and no text part was parsed twice.
 */
final class HtmlBody {
    private final String html;
    private Document document;
    private Optional<SchemaOrgReservation> schema;
    private String text;

    HtmlBody(String html) { this.html = html; }

    /** The reservation its markup describes, if any. */
    Optional<SchemaOrgReservation> schema() {
        if (schema == null) {
            schema = SchemaOrgReservation.mayHold(html) ? SchemaOrgReservation.read(document()) : Optional.empty();
        }
        return schema;
    }

    /** Rendered as {@link HtmlText#render(String)} would; null without an HTML part. */
    String text() {
        if (html == null) return null;
        if (text == null) {
            schema(); // read first: rendering takes the scripts, where the markup lives, out of the tree
            text = HtmlText.render(document());
        }
        return text;
    }

    private Document document() {
        if (document == null) document = Jsoup.parse(html);
        return document;
    }
}
