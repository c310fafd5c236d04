package org.rebook.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * schema.org RentalCarReservation / Reservation markup in a mail, as JSON-LD or microdata. Values are kept
 * as flat dotted paths ("underName.name", "pickupLocation.name") for the mail extractor to map.
 */
public final class SchemaOrgReservation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;

    private SchemaOrgReservation(Map<String, String> values) { this.values = values; }

    public String get(String path) { return values.get(path); }

    /** The first value among the paths given. */
    public String any(String... paths) {
        for (String p : paths) {
            String v = values.get(p);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    /** Reads the first reservation found in the HTML, JSON-LD preferred. */
    public static Optional<SchemaOrgReservation> read(String html) {
        return mayHold(html) ? read(Jsoup.parse(html)) : Optional.empty();
    }

    /** Whether the HTML could hold markup at all: most mails are not parsed for it. */
    static boolean mayHold(String html) {
        return html != null && (html.contains("schema.org") || html.contains("ld+json"));
    }

    /** As {@link #read(String)}, from the parsed document (which it does not change). */
    static Optional<SchemaOrgReservation> read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                for (JsonNode node : candidates(root)) {
                    if (isReservation(node.path("@type"))) {
                        Map<String, String> flat = new HashMap<>();
                        flatten("", node, flat);
                        return Optional.of(new SchemaOrgReservation(flat));
                    }
                }
            } catch (Exception e) {
                // broken JSON-LD: the text layers below still read the mail
            }
        }
        for (Element scope : doc.select("[itemscope][itemtype]")) {
            if (scope.attr("itemtype").endsWith("Reservation")
                    && (scope.parent() == null || scope.parent().closest("[itemscope]") == null)) {
                Map<String, String> flat = new HashMap<>();
                microdata("", scope, flat);
                return Optional.of(new SchemaOrgReservation(flat));
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) root.forEach(out::add);
        else if (root.has("@graph")) root.get("@graph").forEach(out::add);
        else out.add(root);
        return out;
    }

    private static boolean isReservation(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (t.asText().endsWith("Reservation")) return true;
            return false;
        }
        return type.asText().endsWith("Reservation");
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isArray()) {
            if (node.size() > 0) flatten(prefix, node.get(0), out);
        } else if (!node.isNull()) {
            out.putIfAbsent(prefix, node.asText());
        }
    }

    private static void microdata(String prefix, Element scope, Map<String, String> out) {
        for (Element prop : scope.select("[itemprop]")) {
            // only direct properties of this scope, not of nested scopes
            Element owner = prop.parent() == null ? null : prop.parent().closest("[itemscope]");
            if (owner != scope) continue;
            String key = prefix.isEmpty() ? prop.attr("itemprop") : prefix + "." + prop.attr("itemprop");
            if (prop.hasAttr("itemscope")) {
                microdata(key, prop, out);
            } else {
                String v = prop.hasAttr("content") ? prop.attr("content")
                        : prop.hasAttr("datetime") ? prop.attr("datetime")
                        : prop.hasAttr("href") ? prop.attr("href") : prop.text();
                out.putIfAbsent(key, v);
            }
        }
    }
}
