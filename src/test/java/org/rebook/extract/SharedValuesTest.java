package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;

class SharedValuesTest {
    private static BookingFacts booking(String name, String pickup, String ret) {
        return BookingFacts.builder(DocumentKind.BOOKING_EVENT).customerName(name).vehicle("Fiat 500")
                .totalPrice(new BigDecimal("120.00")).pickupAt(OffsetDateTime.parse(pickup))
                .returnAt(ret == null ? null : OffsetDateTime.parse(ret)).build();
    }

    @Test
    void equalTimesReadSeparatelyBecomeOneInstanceAndNothingElseChanges() {
        SharedValues shared = new SharedValues();
        BookingFacts first = booking("Ana Costa", "2026-11-22T10:00Z", "2026-11-25T10:00Z");
        BookingFacts second = booking("Rui Lopes", "2026-11-22T10:00Z", "2026-11-22T18:30Z");
        assertThat(second.pickupAt()).isNotSameAs(first.pickupAt());

        BookingFacts a = shared.share(first);
        BookingFacts b = shared.share(second);

        assertThat(a).isEqualTo(first);
        assertThat(b).isEqualTo(second);
        assertThat(b.pickupAt()).isSameAs(a.pickupAt());
        assertThat(b.returnAt()).isNotSameAs(a.returnAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T18:30Z"));
    }

    @Test
    void theSameInstantInAnotherOffsetStaysItsOwnValue() {
        SharedValues shared = new SharedValues();
        BookingFacts utc = shared.share(booking("Ana Costa", "2026-11-22T10:00Z", null));
        BookingFacts lisbonSummer = shared.share(booking("Ana Costa", "2026-11-22T11:00+01:00", null));

        assertThat(lisbonSummer.pickupAt().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(lisbonSummer.pickupAt()).isNotSameAs(utc.pickupAt());
        assertThat(lisbonSummer.returnAt()).isNull();
    }
}
