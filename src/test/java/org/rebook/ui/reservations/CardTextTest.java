package org.rebook.ui.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextTest {
    @Test
    void everyPlaceAValueAppearsIsFoundCaseInsensitivelyWithTheLongestWinningOverlaps() {
        String text = "Dear Maria Silva,\nbooking PX-7F3K9Q for MARIA SILVA: VW Polo, total 1.234,50 EUR";
        List<CardText.Hit> hits = CardText.hits(text, List.of(new String[] {"customer_name", "Maria Silva"},
                new String[] {"reference", "PX-7F3K9Q"}, new String[] {"vehicle", "VW Polo"},
                new String[] {"customer_email", "Maria"}, new String[] {"total_amount", "234,50"},
                new String[] {"vehicle_plate", "AB"}));

        assertThat(hits).extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Maria Silva", "PX-7F3K9Q", "MARIA SILVA", "VW Polo", "234,50");
        assertThat(hits).extracting(CardText.Hit::field)
                .containsExactly("customer_name", "reference", "customer_name", "vehicle", "total_amount");
    }
}
