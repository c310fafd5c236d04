package org.rebook.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rebook.ingest.ImportReport;
import org.rebook.ingest.mail.ImapReader;
import org.rebook.model.MailMessage;
import org.rebook.model.StoredRecord;
import org.rebook.service.LiveImports;
import org.rebook.service.RecoveryService;
import org.rebook.task.Progress;
import org.rebook.workspace.Workspace;

/** The IMAP connector against a real IMAP server (GreenMail) on loopback. */
class ImapConnectorTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @TempDir
    Path dir;

    private GreenMailUser user;

    @BeforeEach
    void mailbox() throws Exception {
        user = mail.setUser("bookings@atlantico.example", "bookings", "s3cret");
        deliver("<m1@atlantico.example>", "Booking confirmation PX-7F3K9Q", "Booking reference: PX-7F3K9Q\nPick-up: 22 Nov 2026 10:00");
        deliver("<m2@atlantico.example>", "Booking confirmation PX-ABC234", "Booking reference: PX-ABC234");
        deliver("<m3@atlantico.example>", "Winter tyre offers", "Newsletter");
        // Staff already read the first one: that flag must survive the import.
        setSeen("<m1@atlantico.example>");
    }

    private void deliver(String id, String subject, String body) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException { setHeader("Message-ID", id); }
        };
        m.setFrom(new InternetAddress("Atlântico <bookings@atlantico.example>"));
        m.setRecipients(Message.RecipientType.TO, "maria@x.pt");
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        m.setText(body, "UTF-8");
        m.saveChanges();
        user.deliver(m);
    }

    private Store connect() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), "bookings", "s3cret");
        return store;
    }

    private void setSeen(String messageId) throws Exception {
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message m : inbox.getMessages()) {
                if (messageId.equals(m.getHeader("Message-ID")[0])) m.setFlag(Flags.Flag.SEEN, true);
            }
            inbox.close(false);
        }
    }

    private List<Boolean> seenFlags() throws Exception {
        try (Store store = connect()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Boolean> seen = new ArrayList<>();
            for (Message m : inbox.getMessages()) seen.add(m.isSet(Flags.Flag.SEEN));
            inbox.close(false);
            return seen;
        }
    }

    private ImportReport importOnce(Workspace ws, String password) throws IOException {
        return new LiveImports(new RecoveryService(ws, ZoneId.of("Europe/Lisbon"))).imap(new ImapReader.Settings("127.0.0.1",
                mail.getImap().getPort(), ImapReader.Security.PLAIN, "bookings", password.toCharArray(), List.of("INBOX"),
                null, ZoneId.of("Europe/Lisbon")), Progress.NONE);
    }

    @Test
    void importsTheMailboxWithoutChangingAnyFlag() throws Exception {
        List<Boolean> before = seenFlags();
        assertThat(before).containsExactly(true, false, false);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ImportReport r = importOnce(ws, "s3cret");
            assertThat(r.imported()).isEqualTo(3);
            assertThat(ws.records().all()).extracting(StoredRecord::nativeId)
                    .containsExactlyInAnyOrder("m1@atlantico.example", "m2@atlantico.example", "m3@atlantico.example");
            StoredRecord first = ws.records().all().get(0);
            assertThat(first.raw().provenance().position()).startsWith("UID ").contains("UIDVALIDITY");
            assertThat(((MailMessage) first.parsed()).subject()).startsWith("Booking confirmation");
        }
        assertThat(seenFlags()).isEqualTo(before);
        assertThat(mail.getReceivedMessages()).hasSize(3); // nothing moved or deleted
    }

    @Test
    void aSecondRunFetchesOnlyNewMail() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            importOnce(ws, "s3cret");
            assertThat(importOnce(ws, "s3cret").imported()).isZero();
            deliver("<m4@atlantico.example>", "Booking PX-ABC234 cancelled", "Your booking has been cancelled.");
            ImportReport third = importOnce(ws, "s3cret");
            assertThat(third.imported()).isEqualTo(1);
            assertThat(third.duplicate()).isZero(); // the old messages were not even fetched again
            assertThat(ws.records().count()).isEqualTo(4);
        }
    }

    @Test
    void aWrongPasswordGivesAPlainMessageWithoutThePassword() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThatThrownBy(() -> importOnce(ws, "wrong-pass-123")).isInstanceOf(IOException.class)
                    .hasMessageContaining("refused user bookings").hasMessageNotContaining("wrong-pass-123");
        }
    }
}
