package org.rebook.extract;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML mail body to plain text the label heuristics can read: block elements on their own lines,
 * two-cell table rows as "label: value", other rows as cells separated by " | ".
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3",
            "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "dt", "dd", "pre", "address");

    private HtmlText() { }

    public static String render(String html) {
        if (html == null) return null;
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title").remove();
        for (Element row : doc.select("tr")) {
            Elements cells = row.select("> td, > th");
            for (int i = 0; i < cells.size() - 1; i++) cells.get(i).appendText(cells.size() == 2 ? ": " : " | ");
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) out.append('\n');
                    else if (BLOCKS.contains(e.normalName())) newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        }, doc.body());
        return out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
