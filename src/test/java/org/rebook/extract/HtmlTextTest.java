package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
