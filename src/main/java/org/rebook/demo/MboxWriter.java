package org.rebook.demo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/** Builds real MIME messages with Jakarta Mail and appends them to an mbox file (mboxrd quoting). */
final class MboxWriter implements AutoCloseable {
    private static final Session SESSION = session();
    private static final DateTimeFormatter FROM_LINE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ENGLISH);

    private static Session session() {
        org.rebook.ingest.mail.MailStreams.nameProvider(); // half of writing a large demo mailbox was finding it
        return Session.getInstance(new Properties());
    }

    private final OutputStream out;

    MboxWriter(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        out = Files.newOutputStream(file);
    }

    /** A message with a chosen Message-ID (Jakarta would otherwise invent one on save). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(String id) {
            super(SESSION);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }

    void append(String messageId, String from, String to, String subject, ZonedDateTime date, String text, String html,
                String inReplyTo) throws IOException {
        try {
            MimeMessage m = new FixedIdMessage(messageId);
            m.setFrom(new InternetAddress(from, true));
            m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, false));
            m.setSubject(subject, "UTF-8");
            m.setHeader("Date", date.format(DateTimeFormatter.RFC_1123_DATE_TIME));
            if (inReplyTo != null) {
                m.setHeader("In-Reply-To", "<" + inReplyTo + ">");
                m.setHeader("References", "<" + inReplyTo + ">");
            }
            if (text != null && html != null) {
                MimeMultipart alt = new MimeMultipart("alternative");
                MimeBodyPart t = new MimeBodyPart();
                t.setText(text, "UTF-8");
                MimeBodyPart h = new MimeBodyPart();
                h.setText(html, "UTF-8", "html");
                alt.addBodyPart(t);
                alt.addBodyPart(h);
                m.setContent(alt);
            } else if (html != null) {
                m.setText(html, "UTF-8", "html");
            } else {
                m.setText(text, "UTF-8");
            }
            m.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            m.writeTo(bytes);
            String body = bytes.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            String sender = from.replaceAll(".*<|>.*", "");
            StringBuilder mbox = new StringBuilder("From ").append(sender).append(' ')
                    .append(date.withZoneSameInstant(ZoneOffset.UTC).format(FROM_LINE)).append('\n');
            for (String line : body.split("\n", -1)) {
                if (line.matches(">*From .*")) mbox.append('>');
                mbox.append(line).append('\n');
            }
            mbox.append('\n');
            out.write(mbox.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (MessagingException e) {
            throw new IOException("Cannot build demo message " + messageId, e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
