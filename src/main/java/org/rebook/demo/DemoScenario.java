package org.rebook.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the true bookings of a demo incident: pickups from six weeks before to three weeks after the
 * incident, repeat customers, modifications, cancellations, and which evidence of each survived.
 */
final class DemoScenario {
    private DemoScenario() { }

    static List<Booking> draw(DemoConfig config, Random random) {
        ZonedDateTime incident = config.incidentAt();
        List<Fleet.Car> fleet = Fleet.build(random, Math.max(12, config.reservations() / 8));
        List<Customer> customers = new ArrayList<>();
        Set<String> references = new HashSet<>();
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < config.reservations(); i++) {
            Customer customer;
            if (!customers.isEmpty() && random.nextInt(100) < 18) {
                customer = People.pick(random, customers); // repeat customer
            } else {
                customer = People.newCustomer(random, customers.size());
                customers.add(customer);
            }
            String ref;
            do {
                ref = Ids.reference(random);
            } while (!references.add(ref));
            Booking b = new Booking(String.format("B%06d", i + 1), ref, customer);
            b.car = People.pick(random, fleet);
            // Pickups cluster around the incident: most recent and upcoming bookings matter most.
            long minutesFromIncident = (long) ((random.nextDouble() * 66 - 45) * 24 * 60);
            b.pickupAt = incident.plusMinutes(minutesFromIncident).truncatedTo(ChronoUnit.HOURS)
                    .withHour(8 + random.nextInt(11)).withMinute(random.nextBoolean() ? 0 : 30);
            int days = 1 + random.nextInt(random.nextInt(10) < 8 ? 7 : 21);
            b.returnAt = b.pickupAt.plusDays(days).withHour(8 + random.nextInt(11)).withMinute(random.nextBoolean() ? 0 : 30);
            b.pickupBranch = People.pick(random, Fleet.BRANCHES);
            b.returnBranch = random.nextInt(10) < 8 ? b.pickupBranch : People.pick(random, Fleet.BRANCHES);
            long leadMinutes = (long) (60 * 24 * (0.2 + random.nextDouble() * 60));
            b.bookedAt = b.pickupAt.minusMinutes(leadMinutes);
            if (!b.bookedAt.isBefore(incident)) b.bookedAt = incident.minusHours(1 + random.nextInt(48));
            if (!b.bookedAt.isBefore(b.pickupAt)) b.bookedAt = b.pickupAt.minusHours(2);
            b.total = price(b.car, days);

            if (random.nextInt(100) < 10) modify(b, random, incident, config.noise(), fleet);
            if (random.nextInt(100) < 8) {
                ZonedDateTime latest = min(incident.minusMinutes(30), b.pickupAt);
                b.cancelledAt = between(random, b.modifiedAt != null ? b.modifiedAt : b.bookedAt, latest);
                b.partialRefund = random.nextInt(100) < 30;
            }
            Noise noise = config.noise();
            b.hasConfirmationMail = random.nextInt(100) >= noise.missingMail();
            b.hasCalendarEntry = random.nextInt(100) >= noise.missingCalendar();
            b.onSecondCalendar = b.hasCalendarEntry && random.nextInt(100) < noise.secondCalendar();
            b.referenceInPayments = random.nextInt(100) < noise.referenceInPayments();
            b.otherPaymentEmail = random.nextInt(100) < noise.otherPaymentEmail();
            b.template = templateFor(customer, random);
            bookings.add(b);
        }
        return bookings;
    }

    private static void modify(Booking b, Random random, ZonedDateTime incident, Noise noise, List<Fleet.Car> fleet) {
        ZonedDateTime latest = min(incident.minusMinutes(30), b.pickupAt.minusHours(1));
        if (!b.bookedAt.isBefore(latest)) return;
        b.modifiedAt = between(random, b.bookedAt, latest);
        b.originalPickupAt = b.pickupAt;
        b.originalReturnAt = b.returnAt;
        int shift = random.nextInt(5) - 2;
        if (shift == 0) shift = 1;
        b.pickupAt = b.pickupAt.plusDays(shift);
        if (!b.pickupAt.isAfter(b.modifiedAt)) b.pickupAt = b.originalPickupAt;
        b.returnAt = b.returnAt.plusDays(shift + (random.nextBoolean() ? 1 : 0));
        if (random.nextInt(100) < noise.vehicleChange()) {
            b.originalCar = b.car;
            b.car = People.pick(random, fleet); // "can we have a bigger car?"
        }
        long days = Math.max(1, Duration.between(b.pickupAt, b.returnAt).toDays());
        b.total = price(b.car, (int) days);
    }

    private static int templateFor(Customer c, Random random) {
        return switch (c.language()) {
            case "pt" -> 2;
            case "de" -> 3;
            // The draw is made (and dropped) so the rest of an incident is the same as before these templates.
            case "es" -> 4 + 0 * random.nextInt(2);
            case "fr" -> 5 + 0 * random.nextInt(2);
            case "it" -> 6 + 0 * random.nextInt(2);
            // Americans book through the US site half the time: its mails write dates month first.
            default -> {
                int t = random.nextInt(2);
                yield t == 0 && c.phone().startsWith("+1") ? 7 : t;
            }
        };
    }

    private static BigDecimal price(Fleet.Car car, int days) {
        BigDecimal base = car.dayRate().multiply(BigDecimal.valueOf(days));
        return base.add(new BigDecimal("12.50")).setScale(2, RoundingMode.HALF_UP); // + airport/admin fee
    }

    static ZonedDateTime between(Random random, ZonedDateTime from, ZonedDateTime to) {
        long span = Math.max(1, Duration.between(from, to).toMinutes());
        return from.plusMinutes((long) (random.nextDouble() * span));
    }

    static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
