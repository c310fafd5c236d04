package org.rebook.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes the demo's calendars as a Google Calendar export would: a bookings calendar (events with TZID,
 * UTC or floating times; several summary styles; cancelled events kept or deleted), a small airport-desk
 * calendar that duplicates some bookings, and the staff's non-booking events.
 */
final class CalendarWriter {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", java.util.Locale.ENGLISH);

    private final Random random;
    private final Truth truth;
    private final ZonedDateTime stamp;
    private final IcsText main = new IcsText();
    private final IcsText airport = new IcsText();

    private final Noise noise;

    CalendarWriter(Random random, Truth truth, ZonedDateTime exportedAt, Noise noise) {
        this.noise = noise;
        this.random = random;
        this.truth = truth;
        this.stamp = exportedAt;
        header(main, "Atlântico – Bookings");
        header(airport, "Airport desk");
    }

    void addBooking(Booking b) {
        if (!b.hasCalendarEntry) return;
        if (b.cancelled() && random.nextInt(100) < 40) return; // deleted rather than marked cancelled
        event(main, b);
        if (b.onSecondCalendar) event(airport, b);
    }

    private void event(IcsText ics, Booking b) {
        String uid = Ids.eventUid(random);
        int style = random.nextInt(4);
        String name = random.nextInt(100) < noise.nameVariantInCalendar() ? People.typedName(random, b.customer, noise)
                : b.customer.fullName();
        String summary = switch (style) {
            case 0 -> b.reference + " · " + name + " · " + b.car.model();
            case 1 -> "Pickup – " + name + " (" + b.car.model() + ")";
            case 2 -> name + " - " + b.car.model() + " " + b.car.plate();
            default -> b.car.model() + " | " + name + " | " + b.reference;
        };
        StringBuilder description = new StringBuilder();
        if (style == 0 || style == 3 || random.nextBoolean()) description.append("Booking ref: ").append(b.reference).append('\n');
        description.append("Customer: ").append(b.customer.fullName()).append('\n');
        if (random.nextInt(10) < 7) description.append("Email: ").append(b.customer.email()).append('\n');
        if (random.nextBoolean()) description.append("Phone: ").append(b.customer.phone()).append('\n');
        description.append("Vehicle: ").append(b.car.model()).append('\n');
        description.append("Plate: ").append(b.car.plate()).append('\n');
        description.append("Return: ").append(b.returnAt.format(HUMAN)).append(", ").append(b.returnBranch);
        int timeMode = random.nextInt(10) < 7 ? 0 : random.nextInt(3) < 2 ? 1 : 2;
        ics.raw("BEGIN:VEVENT\r\n");
        ics.time("DTSTART", b.pickupAt, timeMode);
        ics.time("DTEND", b.returnAt, timeMode);
        ics.line("DTSTAMP", stamp.withZoneSameInstant(java.time.ZoneOffset.UTC).format(IcsText.LOCAL) + "Z");
        ics.line("UID", uid);
        ics.text("SUMMARY", summary);
        ics.text("DESCRIPTION", description.toString());
        ics.text("LOCATION", b.pickupBranch);
        ics.line("STATUS", b.cancelled() ? "CANCELLED" : "CONFIRMED");
        ics.line("SEQUENCE", b.modified() ? "1" : "0");
        ics.raw("END:VEVENT\r\n");
        truth.add("calendar", uid, b);
    }

    /** Staff meetings, car services, holidays: calendar life that is not a booking. */
    void addUnrelated(int serviceBlocks, ZonedDateTime incident) {
        String meeting = Ids.eventUid(random);
        main.raw("BEGIN:VEVENT\r\n");
        main.time("DTSTART", incident.minusWeeks(10).withHour(9).withMinute(0), 0);
        main.time("DTEND", incident.minusWeeks(10).withHour(9).withMinute(30), 0);
        main.line("DTSTAMP", "20260101T000000Z").line("UID", meeting).text("SUMMARY", "Staff meeting")
                .line("RRULE", "FREQ=WEEKLY;BYDAY=MO").raw("END:VEVENT\r\n");
        truth.add("calendar", meeting, null);
        for (int i = 0; i < serviceBlocks; i++) {
            String uid = Ids.eventUid(random);
            ZonedDateTime at = incident.minusDays(40).plusHours(random.nextInt(60 * 24)).withMinute(0);
            main.raw("BEGIN:VEVENT\r\n");
            main.time("DTSTART", at, 0).time("DTEND", at.plusHours(3), 0);
            main.line("DTSTAMP", "20260101T000000Z").line("UID", uid)
                    .text("SUMMARY", random.nextBoolean() ? "Service – oil change" : "Tyres + inspection")
                    .text("LOCATION", "Garage Almeida").raw("END:VEVENT\r\n");
            truth.add("calendar", uid, null);
        }
        for (LocalDate holiday : new LocalDate[] {LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)}) {
            String uid = Ids.eventUid(random);
            main.raw("BEGIN:VEVENT\r\n").line("DTSTART;VALUE=DATE", holiday.format(DateTimeFormatter.BASIC_ISO_DATE))
                    .line("DTEND;VALUE=DATE", holiday.plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE))
                    .line("DTSTAMP", "20260101T000000Z").line("UID", uid).text("SUMMARY", "Feriado nacional")
                    .line("TRANSP", "TRANSPARENT").raw("END:VEVENT\r\n");
            truth.add("calendar", uid, null);
        }
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bookings.ics"), main + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("airport-desk.ics"), airport + "END:VCALENDAR\r\n", StandardCharsets.UTF_8);
    }

    private static void header(IcsText ics, String name) {
        ics.raw("BEGIN:VCALENDAR\r\n").line("PRODID", "-//Google Inc//Google Calendar 70.9054//EN")
                .line("VERSION", "2.0").line("CALSCALE", "GREGORIAN").line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", name).line("X-WR-TIMEZONE", "Europe/Lisbon").raw(IcsText.LISBON_TZ);
    }
}
