package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;

class NumericDatesTest {
    /** The pattern the scan replaces, as the reference it must agree with. */
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)");

    private static List<String> byScan(String text) {
        List<String> out = new ArrayList<>();
        NumericDates.each(text, (a, b) -> out.add(a + "/" + b));
        return out;
    }

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2)));
        return out;
    }

    @Test
    void findsTheDatesAndSkipsDigitsThatRunOnEitherSide() {
        assertThat(byScan("Pickup 23/11/2026, return 1.12.2026 or 5-6-2026")).containsExactly("23/11", "1/12", "5/6");
        assertThat(byScan("order 123/11/2026 and 12/11/20261 and 12/111/2026")).isEmpty();
        assertThat(byScan("1/2/3/2026")).containsExactly("2/3");
        assertThat(byScan("07/08/2026")).containsExactly("7/8");
        assertThat(byScan("٢٣/11/2026 and 23/11/٢٠٢٦")).isEmpty(); // other scripts' digits are not \d
    }

    @Test
    void findsExactlyWhatThePatternFindsOnRandomText() {
        Random random = new Random(20261122);
        String alphabet = "0123456789012345678901234567890123456789/.-/.-/ a\n٣x";
        int withDates = 0;
        for (int round = 0; round < 200_000; round++) {
            String t = RandomText.of(random, alphabet, 40);
            List<String> expected = byPattern(t);
            assertThat(byScan(t)).as(t).isEqualTo(expected);
            if (!expected.isEmpty()) withDates++;
        }
        assertThat(withDates).as("texts holding a date").isGreaterThan(2_000);
    }
}
