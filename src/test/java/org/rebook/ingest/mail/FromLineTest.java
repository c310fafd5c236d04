package org.rebook.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;

/** The mbox separator pattern, written to start with its literal, matches exactly where the plain one did. */
class FromLineTest {
    private static final Pattern PLAIN = Pattern.compile("^From \\S+.*\\d{4}$", Pattern.MULTILINE);
    private static final Pattern USED = Pattern.compile(MailReaders.FROM_LINE, Pattern.MULTILINE);

    private static List<String> matches(Pattern p, CharSequence text, int from) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        if (!m.find(from)) return out;
        do out.add(m.start() + "-" + m.end()); while (m.find());
        return out;
    }

    @Test
    void separatorLinesAreFoundOnlyAtTheStartOfALine() {
        String mbox = "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nSubject: x\n\n>From the desk 2026\nsee From a@b 2026\n"
                + "From a@b.example Sat Jan  3 01:05:34 2026\r\nbody\n";
        int second = mbox.indexOf("From a@b.example");
        assertThat(matches(USED, mbox, 0)).containsExactly("0-43", second + "-" + mbox.indexOf('\r'));
    }

    @Test
    void findsWhatThePlainPatternFindsFromAnyPlaceInRandomMailboxes() {
        String[] pieces = {"From ", "From ", "From", ">From ", "x@y.example", "MAILER-DAEMON", " ", "  ", "\t", "2026", "26",
                "Fri Jul  8 12:08:34", "From a@b Fri 2026\n", "\nFrom x 2026", "\n", "\n", "\r\n", "\r", "\u0085", "\u2028", "body", "F", "rom "};
        Random random = new Random(13);
        int found = 0;
        for (int round = 0; round < 30_000; round++) {
            String text = RandomText.ofPieces(random, pieces, 16);
            CharBuffer buffer = CharBuffer.wrap(text);
            int from = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            for (int start : new int[] {0, from}) {
                List<String> expected = matches(PLAIN, buffer, start);
                assertThat(matches(USED, buffer, start)).as("%s from %d", text, start).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).as("separator lines among the random mailboxes").isGreaterThan(3_000);
    }
}
