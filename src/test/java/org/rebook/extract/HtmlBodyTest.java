package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One parse serves both readers of an HTML part, whichever asks first, exactly as two parses did. */
class HtmlBodyTest {
    private static final String HTML = "<html><head><title>Booked</title><script type=\"application/ld+json\">"
            + "{\"@context\":\"http://schema.org\",\"@type\":\"RentalCarReservation\",\"reservationNumber\":\"PX-F4ZJ8G\","
            + "\"underName\":{\"@type\":\"Person\",\"name\":\"Charlotte Roberts\"},\"totalPrice\":\"232.50\"}</script>"
            + "<style>p{color:red}</style></head><body><p>Hi Charlotte,</p><table><tr><th>Reference</th><td>PX-F4ZJ8G</td></tr>"
            + "<tr><th>Car</th><td>Tesla Model 3</td><td>white</td></tr></table></body></html>";

    @Test
    void textFirstStillFindsTheMarkupItsRenderingTakesOut() {
        HtmlBody body = new HtmlBody(HTML);
        assertThat(body.text()).isEqualTo(HtmlText.render(HTML)).contains("Reference: PX-F4ZJ8G").doesNotContain("schema.org");
        assertThat(body.schema()).get().extracting(s -> s.get("reservationNumber")).isEqualTo("PX-F4ZJ8G");
        assertThat(body.schema().get().get("underName.name")).isEqualTo("Charlotte Roberts");
    }

    @Test
    void markupFirstLeavesTheTextAsOneParseOfItsOwnWouldRenderIt() {
        HtmlBody body = new HtmlBody(HTML);
        assertThat(body.schema().get().get("totalPrice")).isEqualTo("232.50");
        assertThat(body.text()).isEqualTo(HtmlText.render(HTML));
    }

    @Test
    void noHtmlPartHasNoTextAndNoMarkup() {
        HtmlBody body = new HtmlBody(null);
        assertThat(body.text()).isNull();
        assertThat(body.schema()).isEmpty();
        assertThat(new HtmlBody("<p>Plain booking, no markup</p>").schema()).isEmpty();
    }
}
