package org.rebook.demo;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rebook.extract.ExtractionSettings;
import org.rebook.extract.FactsExtractor;
import org.rebook.extract.Text;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.SourceFile;
import org.rebook.ingest.mail.MailReaders;
import org.rebook.model.BookingFacts;
import org.rebook.model.MailMessage;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;

/**
 * Field-level precision and recall of mail extraction against what each generated booking mail states,
 * per field and per language. Precision: of the values read, how many are right; recall: of the values
 * stated, how many were read right.
 */
public final class ExtractionEvaluation {
    /** Counts for one field in one language. */
    public record Score(String language, String field, int stated, int read, int right) {
        public double precision() { return read == 0 ? 1.0 : (double) right / read; }

        public double recall() { return stated == 0 ? 1.0 : (double) right / stated; }
    }

    private record FieldCheck(String name, String column, Function<BookingFacts, Object> read) { }

    private static final List<FieldCheck> FIELDS = List.of(
            new FieldCheck("reference", "booking_reference", BookingFacts::reference),
            new FieldCheck("customer_name", "customer_name", BookingFacts::customerName),
            new FieldCheck("vehicle", "vehicle", BookingFacts::vehicle),
            new FieldCheck("pickup_at", "pickup_at", BookingFacts::pickupAt),
            new FieldCheck("return_at", "return_at", BookingFacts::returnAt),
            new FieldCheck("pickup_location", "pickup_location", BookingFacts::pickupLocation),
            new FieldCheck("total_amount", "total_amount", BookingFacts::totalPrice));

    private ExtractionEvaluation() { }

    /** Reads every mbox under {@code sources}, extracts, and scores against {@code truth/mails.csv}. */
    public static List<Score> evaluate(Path sources, Path truth, ZoneId zone) throws IOException {
        Map<String, MailMessage> mails = new HashMap<>();
        try (var files = Files.walk(sources)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".mbox"))::iterator) {
                MailReaders.MBOX.read(new SourceFile(f, f.getFileName().toString(), "-"), zone, new RecordSink() {
                    @Override
                    public void accept(RawRecord raw, ParsedRecord parsed) {
                        if (parsed instanceof MailMessage m) mails.put(m.nativeId(), m);
                    }

                    @Override
                    public void quarantine(Quarantined quarantined) { }
                });
            }
        }
        // As reconcile does: each sender's day/month order from its own unambiguous dates.
        org.rebook.extract.DateOrder order = new org.rebook.extract.DateOrder();
        mails.values().forEach(order::add);
        FactsExtractor extractor = new FactsExtractor(ExtractionSettings.defaults(zone).withDateOrders(order.bySender()));
        Map<String, int[]> counts = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(truth.resolve("mails.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                MailMessage m = mails.get(row.get("message_id"));
                BookingFacts facts = m == null ? null : extractor.extract(m);
                for (FieldCheck c : FIELDS) {
                    String expected = row.get(c.column());
                    Object got = facts == null ? null : c.read().apply(facts);
                    for (String lang : List.of(row.get("language"), "all")) {
                        int[] n = counts.computeIfAbsent(lang + "\t" + c.name(), k -> new int[3]);
                        if (expected != null && !expected.isBlank()) n[0]++;
                        if (got != null) n[1]++;
                        if (got != null && same(got, expected)) n[2]++;
                    }
                }
            }
        }
        List<Score> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] parts = k.split("\t");
            out.add(new Score(parts[0], parts[1], n[0], n[1], n[2]));
        });
        return out;
    }

    static boolean same(Object got, String expected) {
        if (expected == null || expected.isBlank()) return false;
        if (got instanceof OffsetDateTime t) return t.toInstant().equals(OffsetDateTime.parse(expected).toInstant());
        if (got instanceof BigDecimal d) return d.compareTo(new BigDecimal(expected)) == 0;
        return Objects.equals(Text.fold(got.toString()).strip(), Text.fold(expected).strip());
    }
}
