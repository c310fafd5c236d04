package org.rebook.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;

class MimeParserTest {
    @Test
    void aDateHeaderLosesItsTrailingCommentAndDoubledBlanks() {
        assertThat(MimeParser.cleanDate("Tue, 21 Oct 2026 09:14:00 +0100 (WEST)")).isEqualTo("Tue, 21 Oct 2026 09:14:00 +0100");
        assertThat(MimeParser.cleanDate(" Tue,\r\n 21 Oct 2026  09:14:00 +0100")).isEqualTo("Tue, 21 Oct 2026 09:14:00 +0100");
        assertThat(MimeParser.cleanDate("Tue, 21 Oct 2026 09:14:00 +0100")).isEqualTo("Tue, 21 Oct 2026 09:14:00 +0100");
    }

    @Test
    void cleaningADateHeaderGivesWhatTheTwoReplacementsGave() {
        Random random = new Random(5);
        String alphabet = "Tue, 21 Oct:+0 ()\t\r\n\u000B\f\u00a0\u2003";
        for (int round = 0; round < 100_000; round++) {
            String h = RandomText.of(random, alphabet, 24);
            String expected = h.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
            assertThat(MimeParser.cleanDate(h)).as(h).isEqualTo(expected);
        }
    }
}
