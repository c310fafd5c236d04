package org.rebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rebook.ingest.stripe.StripeCsvReader;

/** Recognises a source file by its first bytes. */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?im)^(message-id|from|subject|date|received|return-path|mime-version|delivered-to|to):");

    private FormatDetector() { }

    public static SourceFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return SourceFormat.ZIP;
        String text = TextFiles.decode(head);
        String trimmed = text.stripLeading();
        String upper = trimmed.length() > 64 ? trimmed.substring(0, 64).toUpperCase(Locale.ROOT) : trimmed.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BEGIN:VCALENDAR")) return SourceFormat.ICALENDAR;
        if (text.startsWith("From ")) return SourceFormat.MBOX;
        if (looksLikeMailHeaders(text)) return SourceFormat.EML;
        if (looksLikeStripeCsv(text)) return SourceFormat.STRIPE_PAYMENTS_CSV;
        return SourceFormat.UNKNOWN;
    }

    private static boolean looksLikeMailHeaders(String text) {
        int end = text.indexOf("\n\n");
        if (end < 0) end = text.indexOf("\r\n\r\n");
        String headers = end < 0 ? text : text.substring(0, end);
        String firstLine = headers.lines().findFirst().orElse("");
        return HEADER_LINE.matcher(firstLine).matches() && MAIL_HEADER.matcher(headers).find();
    }

    private static boolean looksLikeStripeCsv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        if (!firstLine.contains(",")) return false;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(firstLine)).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> rows = p.getRecords();
            return !rows.isEmpty() && StripeCsvReader.looksLikePaymentsExport(rows.get(0).toList());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
