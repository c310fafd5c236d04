package org.rebook.ingest.stripe;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rebook.extract.Amounts;
import org.rebook.ingest.InOrderPipeline;
import org.rebook.ingest.Read;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.SourceFile;
import org.rebook.ingest.SourceReader;
import org.rebook.ingest.TextFiles;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;

/** Reads a Stripe Dashboard payments export (unified_payments.csv and its older header family). */
public final class StripeCsvReader implements SourceReader {

    @Override
    public void read(SourceFile file, ZoneId businessZone, RecordSink sink) throws IOException {
        String text = TextFiles.decode(Files.readAllBytes(file.path()));
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames();
            StripeColumns columns = new StripeColumns(headers);
            List<String> missing = columns.missingRequired();
            if (!missing.isEmpty()) {
                throw new IOException("Stripe export lacks required column(s) " + String.join(", ", missing));
            }
            // Rows become payments on every core while this thread parses the file and hands them over in file order.
            try (InOrderPipeline<Piece, List<Read>> pipeline = new InOrderPipeline<>(
                    piece -> read(piece, text, lines, headers.size(), columns, file, sink),
                    read -> read.forEach(r -> r.to(sink)), InOrderPipeline.PIECES_AHEAD)) {
                java.util.Iterator<CSVRecord> rows = parser.iterator();
                List<CSVRecord> piece = new ArrayList<>(PIECE + 1);
                RuntimeException broken = null;
                while (true) {
                    CSVRecord row;
                    try { // only parsing is guarded: a cancel from the sink must stop the import
                        if (!rows.hasNext()) break;
                        row = rows.next();
                    } catch (RuntimeException e) {
                        broken = e;
                        break;
                    }
                    if (piece.size() == PIECE) { // a row's text ends where the next row starts
                        pipeline.submit(new Piece(piece, (int) row.getCharacterPosition()));
                        piece = new ArrayList<>(PIECE + 1);
                    }
                    piece.add(row);
                }
                pipeline.submit(new Piece(piece, text.length()));
                pipeline.finish();
                if (broken != null) {
                    // A broken quote swallows the rest of the file; keep what parsed and say where it broke.
                    long last = piece.isEmpty() ? 0 : piece.get(piece.size() - 1).getCharacterPosition();
                    sink.quarantine(new Quarantined(file.at("line " + parser.getCurrentLineNumber()),
                            "CSV structure broken here (" + rootMessage(broken) + "); rows after it could not be read",
                            text.substring((int) Math.min(text.length(), last))));
                }
            }
        }
    }

    /** Rows made into payments as one piece on any core. */
    private static final int PIECE = 256;

    /** Consecutive rows, and where the text of the last one ends. */
    private record Piece(List<CSVRecord> rows, int end) { }

    /** On a worker thread: each row a payment or what to quarantine, readied for the sink. */
    private static List<Read> read(Piece piece, String text, LineIndex lines, int headerCount, StripeColumns columns,
                                   SourceFile file, RecordSink sink) {
        List<CSVRecord> rows = piece.rows();
        List<Read> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            int start = (int) row.getCharacterPosition();
            int end = i + 1 < rows.size() ? (int) rows.get(i + 1).getCharacterPosition() : piece.end();
            String raw = text.substring(start, end).stripTrailing();
            String position = "line " + lines.lineOf(start);
            try {
                Payment payment = toPayment(row, headerCount, columns);
                out.add(sink.ahead(Read.of(new RawRecord(Source.STRIPE, payment.nativeId(), false, file.at(position), raw),
                        payment)));
            } catch (BadRowException e) {
                out.add(Read.bad(new Quarantined(file.at(position), e.getMessage(), raw)));
            }
        }
        return out;
    }

    /** True when a CSV header row names the columns of a Stripe payments export. */
    public static boolean looksLikePaymentsExport(List<String> headers) {
        return StripeColumns.looksLikePaymentsExport(headers);
    }

    private static Payment toPayment(CSVRecord row, int headerCount, StripeColumns c) throws BadRowException {
        if (row.size() != headerCount) {
            throw new BadRowException("row has " + row.size() + " columns but the header has " + headerCount);
        }
        String id = value(row, c.index("id"));
        if (id == null) throw new BadRowException("row has no id");
        String createdText = value(row, c.index(StripeColumns.CREATED));
        Instant created = StripeDates.parse(createdText)
                .orElseThrow(() -> new BadRowException("created date '" + createdText + "' is not a date"));
        String amountText = value(row, c.index("amount"));
        BigDecimal amount = Amounts.parse(amountText)
                .orElseThrow(() -> new BadRowException("amount '" + amountText + "' is not a number"));
        BigDecimal refunded = Optional.ofNullable(value(row, c.index("amount refunded")))
                .flatMap(Amounts::parse).orElse(BigDecimal.ZERO);
        Map<String, String> metadata = new LinkedHashMap<>();
        c.metadataColumns().forEach((key, index) -> {
            String v = value(row, index);
            if (v != null) metadata.put(key, v);
        });
        String currency = value(row, c.index("currency"));
        String rawStatus = value(row, c.index("status"));
        PaymentStatus status = PaymentStatus.fromExport(rawStatus, value(row, c.index("captured")));
        if (status == PaymentStatus.SUCCEEDED && refunded.signum() > 0 && refunded.compareTo(amount) >= 0) {
            status = PaymentStatus.REFUNDED;
        }
        return new Payment(id, created, Amounts.money(amount), Amounts.money(refunded),
                currency == null ? null : currency.toUpperCase(Locale.ROOT), status, rawStatus,
                value(row, c.index("description")), value(row, c.index("customer id")),
                value(row, c.index(StripeColumns.EMAIL)), name(row, c), value(row, c.index(StripeColumns.PHONE)),
                value(row, c.index("card last4")), value(row, c.index("paymentintent id", "payment intent id")),
                value(row, c.index("client reference id")), metadata);
    }

    /** The first name-like column; "Customer Description" often holds the name in older exports. */
    private static String name(CSVRecord row, StripeColumns c) {
        String name = value(row, c.index(StripeColumns.NAME));
        if (name != null) return name;
        String description = value(row, c.index("customer description"));
        return description != null && !description.contains("@") ? description : null;
    }

    private static String value(CSVRecord row, int index) {
        if (index < 0 || index >= row.size()) return null;
        String v = row.get(index);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    /** A row that cannot become a payment; the message is shown to users. */
    private static final class BadRowException extends Exception {
        BadRowException(String message) { super(message); }
    }
}
