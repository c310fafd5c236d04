package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1234.50|1234.50", "1,234.50|1234.50", "1.234,50|1234.50", "0,25|0.25", "€1 234,50|1234.50",
            "EUR 99|99", "1.234.567,8|1234567.8", "120 €|120", "-15.00|-15.00", "12.3456|12.3456", "1,234|1234"})
    void readsAmountsAsWrittenAcrossLocales(String text, String expected) {
        assertThat(Amounts.parse(text)).get().satisfies(v -> assertThat(v).isEqualByComparingTo(expected));
    }
}
