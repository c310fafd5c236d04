package org.rebook.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebook.model.EvidenceLink;
import org.rebook.model.FieldSource;
import org.rebook.model.Provenance;
import org.rebook.model.Quarantined;
import org.rebook.model.Reservation;
import org.rebook.model.UnmatchedRecord;

/**
 * Writes the export bundle described in docs/export-format.md: reservations.csv, evidence.csv,
 * unmatched.csv, quarantine.csv and manifest.json. UTF-8, RFC 4180, ISO-8601 times with offset.
 */
public final class BundleExporter {
    public static final int URGENT_HOURS = 72;
    public static final String FORMAT_VERSION = "1";

    static final String[] RESERVATION_COLUMNS = {"reservation_id", "booking_reference", "status", "customer_name",
            "customer_email", "customer_phone", "vehicle", "vehicle_plate", "pickup_at", "return_at",
            "pickup_location", "return_location", "total_amount", "amount_paid", "amount_refunded", "currency",
            "confidence", "review_state", "urgent", "hours_to_pickup", "evidence_count", "reasons"};
    static final String[] EVIDENCE_COLUMNS = {"reservation_id", "source", "source_id", "role", "link_reason",
            "weights", "file_name", "position"};
    static final String[] FIELD_COLUMNS = {"reservation_id", "field", "value", "source", "source_id", "staff_edit"};
    static final String[] UNMATCHED_COLUMNS = {"source", "source_id", "reason", "file_name", "position"};
    static final String[] QUARANTINE_COLUMNS = {"file_name", "file_sha256", "position", "reason"};

    /** What was written, for the user's summary line. */
    public record Summary(Path dir, int reservations, int evidence, int unmatched, int quarantined, int urgent) { }

    /** The files a bundle consists of; a folder holding anything else is not overwritten. */
    static final java.util.Set<String> BUNDLE_FILES = java.util.Set.of("reservations.csv", "evidence.csv", "fields.csv",
            "unmatched.csv", "quarantine.csv", "manifest.json");

    public Summary write(Path dir, List<Reservation> reservations, List<UnmatchedRecord> unmatched,
                         List<Quarantined> quarantined, Map<Long, Provenance> provenance, ZoneId zone,
                         OffsetDateTime asOf) throws IOException {
        refuseForeignFolder(dir);
        Files.createDirectories(dir);
        int urgent = 0;
        int evidenceRows = 0;
        try (CSVPrinter res = printer(dir.resolve("reservations.csv"), RESERVATION_COLUMNS);
             CSVPrinter ev = printer(dir.resolve("evidence.csv"), EVIDENCE_COLUMNS);
             CSVPrinter fields = printer(dir.resolve("fields.csv"), FIELD_COLUMNS)) {
            for (Reservation r : reservations) {
                Long hours = r.pickupAt() == null ? null : Duration.between(asOf, r.pickupAt()).toHours();
                boolean isUrgent = Urgency.isUrgent(r, asOf);
                if (isUrgent) urgent++;
                res.printRecord(r.id(), r.bookingReference(), r.status().code(), r.customerName(), r.customerEmail(),
                        r.customerPhone(), r.vehicle(), r.vehiclePlate(), CsvDates.format(r.pickupAt(), zone),
                        CsvDates.format(r.returnAt(), zone), r.pickupLocation(), r.returnLocation(),
                        plain(r.totalAmount()), plain(r.amountPaid()), plain(r.amountRefunded()), r.currency(),
                        CsvNumbers.fixed(r.confidence(), 3), r.reviewState().code(),
                        isUrgent, hours == null ? "" : hours, r.evidence().size(), String.join(" | ", r.reasons()));
                for (EvidenceLink e : r.evidence()) {
                    Provenance p = provenance.get(e.recordId());
                    ev.printRecord(r.id(), e.source().code(), e.sourceId(), e.role(), e.reason(), weights(e),
                            p == null ? "" : p.fileName(), p == null ? "" : p.position());
                    evidenceRows++;
                }
                for (FieldSource f : r.fieldSources()) {
                    fields.printRecord(r.id(), f.field(), f.value(), f.source().code(), f.sourceId(), f.staffEdit());
                }
            }
        }
        try (CSVPrinter un = printer(dir.resolve("unmatched.csv"), UNMATCHED_COLUMNS)) {
            for (UnmatchedRecord u : unmatched) {
                Provenance p = provenance.get(u.recordId());
                un.printRecord(u.source().code(), u.sourceId(), u.reason(), p == null ? "" : p.fileName(),
                        p == null ? "" : p.position());
            }
        }
        try (CSVPrinter q = printer(dir.resolve("quarantine.csv"), QUARANTINE_COLUMNS)) {
            for (Quarantined item : quarantined) {
                q.printRecord(item.provenance().fileName(), item.provenance().fileSha256(),
                        item.provenance().position(), item.reason());
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "rebook-bundle");
        manifest.put("format_version", FORMAT_VERSION);
        manifest.put("generated_at", CsvDates.format(OffsetDateTime.now(), zone));
        manifest.put("as_of", CsvDates.format(asOf, zone));
        manifest.put("timezone", zone.getId());
        manifest.put("reservations", reservations.size());
        manifest.put("evidence_rows", evidenceRows);
        manifest.put("unmatched", unmatched.size());
        manifest.put("quarantined", quarantined.size());
        manifest.put("urgent_pickups", urgent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("manifest.json").toFile(), manifest);
        return new Summary(dir, reservations.size(), evidenceRows, unmatched.size(), quarantined.size(), urgent);
    }

    /** "same email x@y (+6.0); made at pickup (+4.0)": the waterfall of a link, readable in a spreadsheet. */
    private static String weights(EvidenceLink e) {
        StringBuilder out = new StringBuilder();
        for (org.rebook.model.LinkWeight w : e.weights()) {
            if (!out.isEmpty()) out.append("; ");
            out.append(w.comparison()).append(" (").append(CsvNumbers.signed(w.weight(), 1)).append(')');
        }
        return out.toString();
    }

    /**
     * A previous bundle may be replaced (it is derived and can be made again); any other content is the user's
     * and is never overwritten.
     */
    private static void refuseForeignFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (var entries = Files.list(dir)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !BUNDLE_FILES.contains(n))
                    .sorted().limit(3).toList();
            if (!foreign.isEmpty()) {
                throw new IOException("Not exporting into " + dir + ": it holds other files (" + String.join(", ", foreign)
                        + "). Choose an empty folder or a previous Rebook bundle.");
            }
        }
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
