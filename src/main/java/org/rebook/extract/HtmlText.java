package org.rebook.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML mail body to plain text the label heuristics can read: block elements on their own lines,
 * two-cell table rows as "label: value", other rows as cells separated by " | ".
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3",
            "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "dt", "dd", "pre", "address");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() { }

    public static String render(String html) {
        return html == null ? null : render(Jsoup.parse(html));
    }

    /** As {@link #render(String)}, from the parsed document, which it changes (scripts and styles go). */
    static String render(Document doc) {
        doc.select("script, style, head, title").remove();
        for (Element row : doc.select("tr")) {
            // The row's own cells ("> td, > th"), without parsing that query again for every row.
            List<Element> cells = row.children().stream().filter(HtmlText::isCell).toList();
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
        String text = SPACES.matcher(out).replaceAll(" ");
        text = SPACE_AROUND_NEWLINE.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    private static boolean isCell(Element e) {
        String name = e.normalName();
        return name.equals("td") || name.equals("th");
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
