package org.rebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.stripe.StripeCsvReader;
import org.rebook.model.Payment;
import org.rebook.model.PaymentStatus;

class StripeCsvReaderTest {
    @TempDir
    Path dir;

    private CollectingSink read(String csv) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv);
        CollectingSink sink = new CollectingSink();
        new StripeCsvReader().read(new SourceFile(file, "export.csv", "abc"), ZoneId.of("UTC"), sink);
        return sink;
    }

    @Test
    void readsRecentHeaderFamilyWithMetadataColumns() throws IOException {
        CollectingSink sink = read("""
                id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Description,Status,Card Name,Card Last4,Customer Email,Client Reference ID,booking_ref (metadata),pickup_date (metadata)
                ch_1,2026-11-20 09:15:00,123.45,0.00,eur,true,Deposit PX-7F3K9Q,Paid,João Gonçalves,4242,joao@example.pt,,PX-7F3K9Q,2026-11-22
                """);
        Payment p = sink.parsedAs(Payment.class).get(0);
        assertThat(p.nativeId()).isEqualTo("ch_1");
        assertThat(p.created()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(p.amount()).isEqualByComparingTo("123.45");
        assertThat(p.currency()).isEqualTo("EUR");
        assertThat(p.customerName()).isEqualTo("João Gonçalves");
        assertThat(p.cardLast4()).isEqualTo("4242");
        assertThat(p.metadata()).containsEntry("booking_ref", "PX-7F3K9Q").containsEntry("pickup_date", "2026-11-22");
        assertThat(sink.raws.get(0).provenance().position()).isEqualTo("line 2");
        assertThat(sink.raws.get(0).raw()).startsWith("ch_1,2026-11-20 09:15:00");
    }

    @Test
    void readsOlderHeaderFamilyWithUsDatesCommaDecimalsAndColumnsInAnotherOrder() throws IOException {
        CollectingSink sink = read("""
                id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Status,Customer ID,Customer Description,Customer Email,Captured,Card ID,Invoice ID,Transfer,order (metadata)
                ch_old,Rental,Payment complete.,12/31/2022 23:59,"1.234,50","0,25",eur,Paid,cus_1,Maria Silva,maria@example.pt,true,card_1,,,104233
                """);
        Payment p = sink.parsedAs(Payment.class).get(0);
        assertThat(p.created()).isEqualTo(Instant.parse("2022-12-31T23:59:00Z"));
        assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(p.amountRefunded()).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(p.customerName()).isEqualTo("Maria Silva");
        assertThat(p.metadata()).containsEntry("order", "104233");
    }

    @Test
    void importSkipsRowWithBadAmountAndKeepsTheRest() throws IOException {
        CollectingSink sink = read("""
                id,Created date (UTC),Amount,Currency,Status
                ch_a,2026-11-20 09:00:00,10.00,eur,Paid
                ch_b,2026-11-20 09:01:00,ten euros,eur,Paid
                ch_c,2026-11-20 09:02:00,30.00,eur,Paid
                """);
        assertThat(sink.parsedAs(Payment.class)).extracting(Payment::nativeId).containsExactly("ch_a", "ch_c");
        assertThat(sink.quarantined).hasSize(1);
        assertThat(sink.quarantined.get(0).reason()).contains("amount 'ten euros' is not a number");
        assertThat(sink.quarantined.get(0).provenance().position()).isEqualTo("line 3");
        assertThat(sink.quarantined.get(0).raw()).contains("ten euros");
    }

    @Test
    void quarantinesRowsWithBadDateOrWrongColumnCount() throws IOException {
        CollectingSink sink = read("""
                id,Created date (UTC),Amount,Currency,Status
                ch_a,yesterday,10.00,eur,Paid
                ch_b,2026-11-20 09:01:00,10.00
                ch_c,2026-11-20 09:02:00,30.00,eur,Paid
                """);
        assertThat(sink.parsedAs(Payment.class)).extracting(Payment::nativeId).containsExactly("ch_c");
        assertThat(sink.quarantined).extracting(q -> q.reason())
                .anySatisfy(r -> assertThat(r).contains("'yesterday' is not a date"))
                .anySatisfy(r -> assertThat(r).contains("columns but the header has"));
    }

    @Test
    void keepsFailedAndRefundedPaymentsAsSuch() throws IOException {
        CollectingSink sink = read("""
                id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status
                ch_f,2026-11-20 09:00:00,50.00,0.00,eur,false,Failed
                ch_r,2026-11-20 09:00:00,50.00,50.00,eur,true,Refunded
                ch_p,2026-11-20 09:00:00,50.00,20.00,eur,true,Partially refunded
                ch_s,2026-11-20 09:00:00,50.00,0.00,eur,true,succeeded
                """);
        List<Payment> p = sink.parsedAs(Payment.class);
        assertThat(p).extracting(Payment::status).containsExactly(PaymentStatus.FAILED, PaymentStatus.REFUNDED,
                PaymentStatus.REFUNDED, PaymentStatus.SUCCEEDED);
        assertThat(p.get(2).amountRefunded()).isEqualByComparingTo("20.00");
    }

    @Test
    void keepsRowsBeforeABrokenQuoteAndQuarantinesTheRest() throws IOException {
        CollectingSink sink = read("id,Created date (UTC),Amount,Currency,Status\n"
                + "ch_a,2026-11-20 09:00:00,10.00,eur,Paid\n"
                + "ch_b,\"2026-11-20 09:01:00,10.00,eur,Paid\n");
        assertThat(sink.parsedAs(Payment.class)).extracting(Payment::nativeId).containsExactly("ch_a");
        assertThat(sink.quarantined).singleElement().satisfies(q -> assertThat(q.reason()).contains("CSV structure broken"));
    }

    @Test
    void aLargeExportKeepsFileOrderLinesAndEachRowsOwnTextUpToABrokenQuote() throws IOException {
        // Several pieces' worth of rows, read side by side: one bad row deep inside, a broken quote near the end.
        int rows = 1000;
        int bad = 600;
        StringBuilder csv = new StringBuilder("id,Created date (UTC),Amount,Currency,Status\n");
        List<String> lines = new java.util.ArrayList<>();
        for (int k = 0; k < rows; k++) {
            String line = "ch_" + k + ",2026-11-20 09:00:00," + (k == bad ? "lots" : k + ".00") + ",eur,Paid";
            lines.add(line);
            csv.append(line).append('\n');
        }
        csv.append("ch_broken,\"2026-11-20 09:01:00,10.00,eur,Paid\n");
        CollectingSink sink = read(csv.toString());

        List<String> expected = java.util.stream.IntStream.range(0, rows).filter(k -> k != bad).mapToObj(k -> "ch_" + k).toList();
        assertThat(sink.parsedAs(Payment.class)).extracting(Payment::nativeId).containsExactlyElementsOf(expected);
        List<String> goodLines = java.util.stream.IntStream.range(0, rows - 1).filter(k -> k != bad).mapToObj(lines::get).toList();
        assertThat(sink.raws.subList(0, rows - 2)).extracting(r -> r.raw()).containsExactlyElementsOf(goodLines);
        assertThat(sink.raws.get(700).provenance().position()).isEqualTo("line " + (701 + 2));
        assertThat(sink.quarantined).hasSize(2);
        assertThat(sink.quarantined.get(0).provenance().position()).isEqualTo("line " + (bad + 2));
        assertThat(sink.quarantined.get(0).raw()).isEqualTo(lines.get(bad));
        assertThat(sink.quarantined.get(1).reason()).contains("CSV structure broken");
        assertThat(sink.quarantined.get(1).raw()).startsWith(lines.get(rows - 1)).contains("ch_broken");
    }
}
