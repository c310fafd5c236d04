package org.rebook.ingest.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.rebook.model.MailMessage;
import org.rebook.common.Sha256;

/** Parses one RFC 822 message with Jakarta Mail into a {@link MailMessage}. */
public final class MimeParser {
    private static final Session SESSION;

    static {
        MailStreams.nameProvider();
        Properties props = new Properties();
        // Real mailboxes hold sloppy mail: accept what mail clients accept.
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.parameters.strict", "false");
        props.setProperty("mail.mime.base64.ignoreerrors", "true");
        props.setProperty("mail.mime.allowutf8", "true");
        SESSION = Session.getInstance(props);
    }

    private MimeParser() { }

    /** Thrown when bytes are not a readable mail message; the message is shown to users. */
    public static final class BadMessageException extends Exception {
        BadMessageException(String message, Throwable cause) { super(message, cause); }
    }

    public static MailMessage parse(byte[] bytes, ZoneId businessZone) throws BadMessageException {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            String from = header(m, "From");
            String subject = decoded(m, "Subject");
            String date = header(m, "Date");
            String messageId = header(m, "Message-ID");
            if (from == null && subject == null && date == null && messageId == null) {
                throw new BadMessageException("not a mail message: no From, Subject, Date or Message-ID header", null);
            }
            boolean synthetic = messageId == null || stripBrackets(messageId).isBlank();
            String nativeId = synthetic ? "sha256:" + Sha256.of(bytes) : stripBrackets(messageId);
            Bodies bodies = new Bodies();
            collect(m, bodies);
            return new MailMessage(nativeId, synthetic, subject, addresses(m.getFrom(), from),
                    recipients(m), parseDate(date, m, businessZone), cleanId(header(m, "In-Reply-To")),
                    references(header(m, "References")), bodies.text(), bodies.html());
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new BadMessageException("mail message cannot be read: " + e.getMessage(), e);
        }
    }

    private static void collect(Part part, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart child = mp.getBodyPart(i);
                    collect(child, bodies);
                }
            }
            return;
        }
        if (part.isMimeType("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof Part inner) collect(inner, bodies); // forwarded mail: its text is evidence
            return;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (part.isMimeType("text/plain") && !attachment) bodies.addText(readText(part));
        else if (part.isMimeType("text/html") && !attachment) bodies.addHtml(readText(part));
    }

    /** Decodes a text part; unknown charsets fall back to UTF-8, then Windows-1252, never failing the mail. */
    private static String readText(Part part) throws MessagingException, IOException {
        String charset = null;
        try {
            charset = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException ignored) {
            // unparseable Content-Type: decode by guessing below
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset cs = null;
        if (charset != null) {
            try {
                cs = Charset.forName(MimeUtility.javaCharset(charset.strip()));
            } catch (RuntimeException ignored) {
                cs = null;
            }
        }
        return cs != null ? new String(bytes, cs) : org.rebook.ingest.TextFiles.decode(bytes);
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String v = m.getHeader(name, ", ");
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String decoded(MimeMessage m, String name) throws MessagingException {
        String v = header(m, name);
        if (v == null) return null;
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(v));
        } catch (IOException e) {
            return v; // malformed encoded-word: keep the header as written
        }
    }

    private static String addresses(Address[] parsed, String fallback) {
        if (parsed == null || parsed.length == 0) return fallback;
        List<String> out = new ArrayList<>();
        for (Address a : parsed) out.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
        return String.join(", ", out);
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            if (to == null) return List.of();
            List<String> out = new ArrayList<>();
            for (Address a : to) out.add(a instanceof InternetAddress ia ? ia.getAddress() : a.toString());
            return out;
        } catch (MessagingException e) {
            return List.of();
        }
    }

    /** Keeps the offset the sender wrote; falls back to Jakarta's lenient parser, then to none. */
    private static OffsetDateTime parseDate(String header, MimeMessage m, ZoneId zone) throws MessagingException {
        if (header != null) {
            String cleaned = cleanDate(header);
            try {
                return OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (DateTimeParseException ignored) {
                // fall through to the lenient parser
            }
        }
        java.util.Date sent = m.getSentDate();
        return sent == null ? null : sent.toInstant().atZone(zone == null ? ZoneOffset.UTC : zone).toOffsetDateTime();
    }

    /**
     * The header without a trailing "(comment)", its blanks collapsed to single spaces, stripped. The patterns
     * run only when they can change something: most Date headers have neither a comment nor a doubled blank.
     */
    static String cleanDate(String header) {
        String h = header.indexOf('(') < 0 ? header : TRAILING_COMMENT.matcher(header).replaceAll("");
        return (singleSpaced(h) ? h : BLANKS.matcher(h).replaceAll(" ")).strip();
    }

    private static final java.util.regex.Pattern TRAILING_COMMENT = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern ID_BREAKS = java.util.regex.Pattern.compile("[\\s,]+");

    /** Whether {@code \s+} → " " leaves {@code s} as it is: its only blanks are single spaces. */
    private static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return false;
            if (c == ' ' && i > 0 && s.charAt(i - 1) == ' ') return false;
        }
        return true;
    }

    private static List<String> references(String header) {
        if (header == null) return List.of();
        return Arrays.stream(ID_BREAKS.split(header)).map(MimeParser::stripBrackets).filter(s -> !s.isBlank()).toList();
    }

    private static String cleanId(String id) {
        return id == null ? null : stripBrackets(BLANKS.split(id)[0]);
    }

    static String stripBrackets(String id) {
        String s = id.strip();
        if (s.startsWith("<")) s = s.substring(1);
        if (s.endsWith(">")) s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    /** The text and HTML bodies of a message, joined when a message has several. */
    private static final class Bodies {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        void addText(String s) { append(text, s); }

        void addHtml(String s) { append(html, s); }

        String text() { return text.length() == 0 ? null : text.toString(); }

        String html() { return html.length() == 0 ? null : html.toString(); }

        private static void append(StringBuilder sb, String s) {
            if (s == null || s.isBlank()) return;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(s);
        }
    }


}
