package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Booking PX-7F3K9Q deposit|PX-7F3K9Q", "Your booking #104233 is confirmed|104233",
            "Reservation R2024-00873 changed|R2024-00873", "order BK2024001 paid|BK2024001"})
    void findsCommonReferenceShapes(String text, String expected) {
        assertThat(References.defaults().find(text)).contains(expected);
    }

    @Test
    void ignoresWordsDatesPhonesPlatesAndReceiptNumbers() {
        References r = References.defaults();
        assertThat(r.find("Your receipt from Atlântico #1234-5678")).isEmpty();
        assertThat(r.find("Pick-up 2026-10-12 10:00, call +351 912 345 678")).isEmpty();
        assertThat(r.find("Plate AB-12-CD, HELLO-WORLD team")).isEmpty();
    }

    @Test
    void aConfiguredPatternWins() {
        References r = new References("\\bRES(\\d{6})\\b");
        assertThat(r.find("Booking PX-7F3K9Q aka RES123456")).contains("123456");
    }
}
