package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;

class HtmlTextTest {
    @Test
    void rendersTwoCellRowsAsLabelAndValueAndWiderRowsAsCells() {
        String html = "<html><head><title>x</title><style>p{}</style></head><body><p>Dear   Maria,</p>"
                + "<table><tr><th>Pickup</th><td>12 Oct 2026</td></tr>"
                + "<tr><td>Car</td><td>Fiat</td><td>500</td></tr></table></body></html>";
        assertThat(HtmlText.render(html)).isEqualTo("Dear Maria,\nPickup: 12 Oct 2026\nCar | Fiat | 500");
    }

    @Test
    void onlyARowsOwnCellsAreSeparatedNotThoseOfATableInsideIt() {
        String html = "<table><tr><td>Total</td><td><table><tr><td>EUR</td><td>120</td><td>paid</td></tr></table></td></tr></table>";
        assertThat(HtmlText.render(html)).isEqualTo("Total:\nEUR | 120 | paid");
    }

    @Test
    void tidyingBlanksInOnePassGivesWhatTheThreeReplacementsGave() {
        Pattern spaces = Pattern.compile("[ \\t\\u00a0]+");
        Pattern spaceAroundNewline = Pattern.compile(" *\\n *");
        Pattern blankLines = Pattern.compile("\\n{3,}");
        Random random = new Random(7);
        String alphabet = "  \t\u00a0\n\n\r\u2003\u000Bab|:é";
        for (int round = 0; round < 100_000; round++) {
            String t = RandomText.of(random, alphabet, 30);
            String expected = blankLines.matcher(spaceAroundNewline.matcher(spaces.matcher(t).replaceAll(" "))
                    .replaceAll("\n")).replaceAll("\n\n").strip();
            assertThat(HtmlText.tidy(t)).as("%s", t.replace("\n", "\\n")).isEqualTo(expected);
        }
    }
}
