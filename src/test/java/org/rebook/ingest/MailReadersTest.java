package org.rebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.mail.MailReaders;
import org.rebook.model.MailMessage;

class MailReadersTest {
    @TempDir
    Path dir;

    static final String ENCODED = """
            From: =?UTF-8?Q?Atl=C3=A2ntico_Car_Rental?= <bookings@atlantico.example>
            To: "Maria Silva" <maria@example.pt>
            Subject: =?UTF-8?Q?Confirma=C3=A7=C3=A3o_da_reserva_PX-7F3K9Q?=
            Date: Fri, 20 Nov 2026 09:15:00 +0000
            Message-ID: <abc123@atlantico.example>
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            Ol=C3=A1 Maria, a sua reserva est=C3=A1 confirmada.
            --b1
            Content-Type: text/html; charset=UTF-8
            Content-Transfer-Encoding: base64

            PHA+T2zDoSBNYXJpYTwvcD4=
            --b1--
            """;

    static final String LATIN1_NO_ID = "From: shop@example.de\nTo: bookings@atlantico.example\nSubject: Buchung\n"
            + "Date: Thu, 19 Nov 2026 18:00:00 +0100\nContent-Type: text/plain; charset=ISO-8859-1\n"
            + "Content-Transfer-Encoding: 8bit\n\nGr\u00fc\u00dfe aus M\u00fcnchen\n";

    private CollectingSink readMbox(byte[] bytes) throws IOException {
        Path file = dir.resolve("mail.mbox");
        Files.write(file, bytes);
        CollectingSink sink = new CollectingSink();
        MailReaders.MBOX.read(new SourceFile(file, "mail.mbox", "sha"), ZoneId.of("UTC"), sink);
        return sink;
    }

    @Test
    void readsMboxWithEncodedHeadersQuotedPrintableBase64AndLegacyCharsets() throws IOException {
        String mbox = "From bookings@atlantico.example Fri Nov 20 09:15:00 2026\n" + ENCODED + "\n"
                + "From shop@example.de Thu Nov 19 17:00:00 2026\n";
        byte[] bytes = concat(mbox.getBytes(StandardCharsets.UTF_8), LATIN1_NO_ID.getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = readMbox(bytes);

        List<MailMessage> mails = sink.parsedAs(MailMessage.class);
        assertThat(mails).hasSize(2);
        MailMessage first = mails.get(0);
        assertThat(first.nativeId()).isEqualTo("abc123@atlantico.example");
        assertThat(first.subject()).isEqualTo("Confirmação da reserva PX-7F3K9Q");
        assertThat(first.from()).contains("Atlântico Car Rental").contains("bookings@atlantico.example");
        assertThat(first.to()).containsExactly("maria@example.pt");
        assertThat(first.sentAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:15Z"));
        assertThat(first.textBody()).contains("a sua reserva está confirmada");
        assertThat(first.htmlBody()).contains("Olá Maria");
        assertThat(sink.raws.get(0).provenance().position()).isEqualTo("message 1");

        MailMessage second = mails.get(1);
        assertThat(second.textBody()).contains("Grüße aus München");
        assertThat(second.syntheticId()).isTrue();
        assertThat(second.nativeId()).startsWith("sha256:");
        assertThat(second.sentAt().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void readingMailNamesItsStreamProviderSoJakartaMailSkipsTheClasspathScanPerHeader() throws IOException {
        CollectingSink sink = readMbox(("From bookings@atlantico.example Fri Nov 20 09:15:00 2026\n" + ENCODED)
                .getBytes(StandardCharsets.UTF_8));

        assertThat(sink.parsedAs(MailMessage.class)).hasSize(1);
        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }

    @Test
    void syntheticIdIsDeterministic() throws IOException {
        byte[] bytes = ("From x Thu Nov 19 17:00:00 2026\n" + LATIN1_NO_ID).getBytes(StandardCharsets.ISO_8859_1);
        String a = readMbox(bytes).raws.get(0).nativeId();
        String b = readMbox(bytes).raws.get(0).nativeId();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void quarantinesAMessageThatIsNotMailAndKeepsTheOthers() throws IOException {
        String mbox = "From a Fri Nov 20 09:15:00 2026\n" + ENCODED + "\n"
                + "From b Fri Nov 20 09:16:00 2026\n\u0000\u0001binary garbage without any header\n\n"
                + "From c Fri Nov 20 09:17:00 2026\n" + ENCODED.replace("abc123", "def456");
        CollectingSink sink = readMbox(mbox.getBytes(StandardCharsets.UTF_8));
        assertThat(sink.parsedAs(MailMessage.class)).extracting(MailMessage::nativeId)
                .containsExactly("abc123@atlantico.example", "def456@atlantico.example");
        assertThat(sink.quarantined).singleElement().satisfies(q -> {
            assertThat(q.provenance().position()).isEqualTo("message 2");
            assertThat(q.reason()).contains("not a mail message");
        });
    }

    @Test
    void aLargeMboxKeepsFileOrderPositionsAndItsBadMessages() throws IOException {
        StringBuilder mbox = new StringBuilder();
        int messages = 700;
        for (int i = 1; i <= messages; i++) {
            mbox.append("From a Fri Nov 20 09:15:00 2026\n");
            if (i % 97 == 0) {
                mbox.append("\u0000\u0001binary garbage without any header\n\n");
            } else {
                mbox.append("From: shop@example.de\nSubject: Booking ").append(i).append("\nMessage-ID: <m").append(i)
                        .append("@x>\nDate: Thu, 19 Nov 2026 18:00:00 +0100\n\nBody ").append(i).append("\n\n");
            }
        }
        CollectingSink sink = readMbox(mbox.toString().getBytes(StandardCharsets.UTF_8));

        List<String> expectedIds = new java.util.ArrayList<>();
        List<String> expectedPositions = new java.util.ArrayList<>();
        for (int i = 1; i <= messages; i++) {
            if (i % 97 == 0) continue;
            expectedIds.add("m" + i + "@x");
            expectedPositions.add("message " + i);
        }
        assertThat(sink.raws).extracting(r -> r.nativeId()).containsExactlyElementsOf(expectedIds);
        assertThat(sink.raws).extracting(r -> r.provenance().position()).containsExactlyElementsOf(expectedPositions);
        assertThat(sink.quarantined).extracting(q -> q.provenance().position())
                .containsExactly("message 97", "message 194", "message 291", "message 388", "message 485", "message 582", "message 679");
    }

    @Test
    void readsASingleEml() throws IOException {
        Path file = dir.resolve("one.eml");
        Files.writeString(file, ENCODED);
        CollectingSink sink = new CollectingSink();
        MailReaders.EML.read(new SourceFile(file, "one.eml", "sha"), ZoneId.of("UTC"), sink);
        assertThat(sink.parsedAs(MailMessage.class)).extracting(MailMessage::nativeId).containsExactly("abc123@atlantico.example");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
