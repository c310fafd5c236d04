package org.rebook.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic incident: what survived in Stripe, the calendars and the mailbox, plus the truth.
 * Layout: {@code sources/stripe/unified_payments.csv}, {@code sources/calendar/*.ics},
 * {@code sources/mail/bookings.mbox}, {@code truth/records.csv}, {@code truth/reservations.csv}.
 */
public final class DemoGenerator {
    /** Where things were written and how many. */
    public record Result(Path sources, Path truth, int bookings, int records) { }

    public Result generate(DemoConfig config, Path outDir) throws IOException {
        Random random = new Random(config.seed());
        List<Booking> bookings = DemoScenario.draw(config, random);
        Truth truth = new Truth();
        Path sources = outDir.resolve("sources");

        // Employers grow with the business, as its fleet does: with fifty for any size, two customers of the same
        // name paid from one address at 100 000 bookings as often as no real address book would show.
        StripeExportWriter stripe = new StripeExportWriter(random, truth, config.noise(), Math.max(50, config.reservations() / 20));
        CalendarWriter calendar = new CalendarWriter(random, truth, config.incidentAt().minusMinutes(20), config.noise());
        MailWriter mail = new MailWriter(random, truth);
        for (Booking b : bookings) {
            stripe.addBooking(b, config.incidentAt());
            calendar.addBooking(b);
            mail.addBooking(b, config.incidentAt());
        }
        int noise = Math.max(3, config.reservations() / 25);
        stripe.addUnrelated(noise);
        calendar.addUnrelated(noise, config.incidentAt());
        mail.addUnrelated(noise * 2, config.incidentAt());
        stripe.write(sources.resolve("stripe").resolve("unified_payments.csv"));
        mail.addReceipts(stripe.receipts());
        calendar.write(sources.resolve("calendar"));
        mail.write(sources.resolve("mail").resolve("bookings.mbox"));
        Path truthDir = outDir.resolve("truth");
        truth.write(truthDir, bookings);
        return new Result(sources, truthDir, bookings.size(), truth.size());
    }
}
