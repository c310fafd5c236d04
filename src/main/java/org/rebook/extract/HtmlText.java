package org.rebook.extract;

import java.util.List;
import java.util.Set;
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
        return tidy(out);
    }

    /**
     * Blanks tidied in one pass: a run of spaces, tabs and no-break spaces becomes one space, spaces next to a
     * line break go, at most one empty line is kept, and the ends are stripped. That is what replacing
     * {@code [ \t\u00a0]+} by " ", then {@code " *\n *"} by "\n", then {@code \n{3,}} by "\n\n" and stripping did,
     * in three passes over every mail's text: a run of those blanks holding k line breaks comes out as
     * min(k, 2) line breaks, or one space when it holds none.
     */
    static String tidy(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = in.charAt(i);
            if (!blank(c)) {
                out.append(c);
                i++;
                continue;
            }
            int lineBreaks = 0;
            for (; i < n && blank(c = in.charAt(i)); i++) if (c == '\n') lineBreaks++;
            if (lineBreaks == 0) out.append(' ');
            else out.append(lineBreaks == 1 ? "\n" : "\n\n");
        }
        return out.toString().strip();
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\n';
    }

    private static boolean isCell(Element e) {
        String name = e.normalName();
        return name.equals("td") || name.equals("th");
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
