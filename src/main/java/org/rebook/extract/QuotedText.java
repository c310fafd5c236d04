package org.rebook.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into what the sender wrote and what it quotes ("> " lines and everything after an
 * attribution line such as "On … wrote:", "Em … escreveu:", "-----Original Message-----").
 */
final class QuotedText {
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)^(?:on .{0,200}wrote:|em .{0,200}escreveu:|el .{0,200}escribio:|el .{0,200}escribió:|"
                    + "le .{0,200}a ecrit\\s*:|le .{0,200}a écrit\\s*:|am .{0,200}schrieb.{0,40}:|il .{0,200}ha scritto:|"
                    + "-{2,}\\s*original message\\s*-{2,}|-{2,}\\s*mensagem original\\s*-{2,}|-{2,}\\s*forwarded message\\s*-{2,})\\s*$");

    final String own;
    final String quoted;

    QuotedText(String text) {
        if (text == null) {
            own = "";
            quoted = "";
            return;
        }
        Matcher m = ATTRIBUTION.matcher(text);
        String head = m.find() ? text.substring(0, m.start()) : text;
        String tail = m.find(0) ? text.substring(m.start()) : "";
        StringBuilder mine = new StringBuilder();
        StringBuilder theirs = new StringBuilder(tail);
        for (String line : head.split("\n", -1)) {
            if (line.stripLeading().startsWith(">")) theirs.append(line).append('\n');
            else mine.append(line).append('\n');
        }
        own = mine.toString();
        quoted = theirs.toString();
    }
}
