package org.rebook.extract;

import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import org.rebook.model.BookingFacts;

/**
 * One instance per distinct pickup and return time. Bookings start and end on the hour or half hour, so an
 * incident's many records state a few thousand distinct times. Each record read its own copy, four objects per
 * time, and a 100 000-reservation incident keeps every record's facts in memory while it links. Shared, the
 * facts held after reading fell from 381 to 345 MB (docs/benchmarks.md); every collection copies that less.
 * The repeating strings (car, places, calendar) already come shared from the readers. Safe from several threads;
 * one per extraction run, so it holds no more than that run's times.
 */
final class SharedValues {
    private final ConcurrentHashMap<OffsetDateTime, OffsetDateTime> times = new ConcurrentHashMap<>();

    /** {@code f} with its pickup and return times replaced by the instance first seen of each. */
    BookingFacts share(BookingFacts f) {
        if (f.pickupAt() == null && f.returnAt() == null) return f;
        return new BookingFacts(f.kind(), f.reference(), f.customerName(), f.customerEmail(), f.customerPhone(),
                f.amount(), f.amountRefunded(), f.paymentStatus(), f.cardLast4(), f.totalPrice(), f.currency(),
                one(f.pickupAt()), one(f.returnAt()), f.pickupLocation(), f.returnLocation(), f.vehicle(),
                f.plate(), f.recordedAt(), f.notBookingReason(), f.threadIds(), f.calendar(), f.purpose());
    }

    private OffsetDateTime one(OffsetDateTime time) {
        return time == null ? null : times.computeIfAbsent(time, t -> t);
    }
}
