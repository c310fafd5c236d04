package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabeledValuesTest {
    @Test
    void readsEverySeparatorATableOrMailUsesAndSkipsProse() {
        String text = String.join("\n",
                "Thank you for booking with us",
                "Pickup: 12 Oct 2026 10:00",
                "Vehicle - Fiat 500",
                "Return\t14 Oct 2026",
                "Customer | Maria Silva",
                "We look forward to seeing you");
        LabeledValues values = new LabeledValues(text);
        assertThat(values.first(Field.PICKUP)).isEqualTo("12 Oct 2026 10:00");
        assertThat(values.first(Field.VEHICLE)).isEqualTo("Fiat 500");
        assertThat(values.first(Field.RETURN)).isEqualTo("14 Oct 2026");
        assertThat(values.first(Field.NAME)).isEqualTo("Maria Silva");
        assertThat(values.all()).hasSize(4);
    }

    @Test
    void keepsWhereEachValueIsInTheText() {
        String text = "Hello\nVehicle - Fiat 500\n";
        LabeledValues.Value v = new LabeledValues(text).all().get(0);
        assertThat(text.substring(v.start(), v.end())).isEqualTo("Fiat 500");
    }

    @Test
    void theHandScanFindsWhatThePatternFindsOnEveryPlainLine() {
        // Few characters, so that separators, bullets, blank runs and long labels meet in every arrangement.
        String[] pieces = {" ", " ", "\t", ":", "|", "-", " - ", "*", "•", "a", "b", "é", "Pickup", "x: y", "0123456789"};
        java.util.Random random = new java.util.Random(3);
        int matched = 0;
        for (int n = 0; n < 300_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(n % 3 == 0 ? 40 : 12); k > 0; k--) line.append(pieces[random.nextInt(pieces.length)]);
            String s = line.toString();
            int[] expected = LabeledValues.byPattern(s);
            assertThat(PairScan.scan(s)).as("[%s]", s).isEqualTo(expected);
            if (expected != null) matched++;
        }
        assertThat(matched).as("lines that hold a pair").isGreaterThan(50_000);
        for (String s : new String[] {"  : x", "Pickup:", "Pickup: ", "Pickup:\t", "- Pickup - Lisbon", "\t\tCar\tFiat 500 ",
                "Total | € 120", "a - b - c", "*", "• Name : Ana  ", "Reference:PX-7F3K9Q", " ".repeat(30) + "x: y"}) {
            assertThat(PairScan.scan(s)).as("[%s]", s).isEqualTo(LabeledValues.byPattern(s));
        }
    }
}
