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
}
