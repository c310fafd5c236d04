package org.rebook.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Which generated record belongs to which true booking (blank: not a booking), and each booking's facts. */
final class Truth {
    record Entry(String source, String sourceId, String bookingKey) { }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Object[]> mails = new ArrayList<>();

    /** What a booking mail states, so extraction can be scored field by field and per language. */
    void addMail(String messageId, int template, MailTemplates.Kind kind, MailTemplates.Stated s) {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        mails.add(new Object[] {messageId, "t" + template, MailTemplates.language(template), kind.name().toLowerCase(),
                s.reference(), s.customerName(), s.vehicle(), s.pickupAt().format(iso), s.returnAt().format(iso),
                s.pickupLocation(), s.total().toPlainString()});
    }

    void add(String source, String sourceId, Booking booking) {
        entries.add(new Entry(source, sourceId, booking == null ? "" : booking.key));
    }

    int size() { return entries.size(); }

    void write(Path dir, List<Booking> bookings) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("records.csv"), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("source", "source_id", "reservation_key").get())) {
            for (Entry e : entries) p.printRecord(e.source(), e.sourceId(), e.bookingKey());
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("mails.csv"), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("message_id", "template", "language", "kind", "booking_reference",
                        "customer_name", "vehicle", "pickup_at", "return_at", "pickup_location", "total_amount").get())) {
            for (Object[] m : mails) p.printRecord(m);
        }
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("reservations.csv"), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader("reservation_key", "booking_reference", "status", "customer_name",
                        "customer_email", "vehicle", "pickup_at", "return_at", "total_amount").get())) {
            for (Booking b : bookings) {
                p.printRecord(b.key, b.reference, b.cancelled() ? "cancelled" : "confirmed", b.customer.fullName(),
                        b.customer.email(), b.car.model(), b.pickupAt.format(iso), b.returnAt.format(iso),
                        b.total.toPlainString());
            }
        }
    }
}
