package org.rebook.ingest.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.mboxiterator.CharBufferWrapper;
import org.apache.james.mime4j.mboxiterator.MboxIterator;
import org.rebook.ingest.InOrderPipeline;
import org.rebook.ingest.Read;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.SourceFile;
import org.rebook.ingest.SourceReader;
import org.rebook.ingest.TextFiles;
import org.rebook.model.MailMessage;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;

/** Readers for a single .eml and for an mbox (Gmail Takeout) file. */
public final class MailReaders {
    private static final int MAX_MESSAGE_CHARS = 64 * 1024 * 1024;
    /**
     * mime4j's default wants an address after "From "; MAILER-DAEMON and bare ids appear in real mboxes. This is
     * {@code ^From \S+.*\d{4}$} (multi-line) written to start with its literal, so the matcher skips through
     * the file with a Boyer-Moore search for "From " and checks the line start after it, instead of trying the
     * pattern at every character: 0.2 s instead of 0.5 s for a 135 MB mailbox, the same matches
     * ({@code FromLineTest}).
     */
    static final String FROM_LINE = "From (?<=^From )\\S+.*\\d{4}$";

    /**
     * Messages parsed as one piece on any core while this thread splits the mailbox and hands parsed ones over:
     * small enough that both cores share the work evenly, large enough that handing a piece out costs nothing.
     */
    private static final int BATCH = 64;

    /** One message per file. */
    public static final SourceReader EML = (file, zone, sink) -> {
        byte[] bytes = Files.readAllBytes(file.path());
        accept(file, "message 1", bytes, zone, sink);
    };

    /**
     * mbox via mime4j's memory-mapped iterator. ISO-8859-1 maps bytes to chars one to one, so each message's
     * original bytes come back exactly, whatever charsets its parts use.
     */
    public static final SourceReader MBOX = (file, zone, sink) -> {
        int n = 0;
        List<Message> batch = new ArrayList<>(BATCH);
        MboxIterator opened;
        try {
            opened = MboxIterator.fromFile(file.path()).charset(StandardCharsets.ISO_8859_1).fromLine(FROM_LINE)
                    .maxMessageSize(MAX_MESSAGE_CHARS).build();
        } catch (IllegalArgumentException e) {
            throw new java.io.IOException("not an mbox file: " + e.getMessage(), e);
        }
        try (MboxIterator mbox = opened; InOrderPipeline<List<Message>, List<Read>> pipeline = new InOrderPipeline<>(
                messages -> readAll(file, messages, zone, sink), read -> read.forEach(r -> r.to(sink)),
                InOrderPipeline.PIECES_AHEAD)) {
            java.util.Iterator<CharBufferWrapper> messages = mbox.iterator();
            RuntimeException broken = null;
            while (true) {
                byte[] bytes;
                try { // only splitting the mailbox is guarded: a cancel from the sink must stop the import
                    if (!messages.hasNext()) break;
                    bytes = messages.next().asInputStream(StandardCharsets.ISO_8859_1).readAllBytes();
                } catch (RuntimeException e) {
                    broken = e;
                    break;
                }
                n++;
                batch.add(new Message("message " + n, stripFromLine(bytes)));
                if (batch.size() == BATCH) {
                    pipeline.submit(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            pipeline.submit(batch); // with a split failure: the messages split off before it
            pipeline.finish();
            if (broken != null) {
                sink.quarantine(new Quarantined(file.at("after message " + n),
                        "mbox cannot be split into messages past this point: " + broken.getMessage(), null));
            }
        }
    };

    private record Message(String position, byte[] bytes) { }

    /** On a worker thread: parsed, and readied for the sink. */
    private static List<Read> readAll(SourceFile file, List<Message> messages, ZoneId zone, RecordSink sink) {
        List<Read> out = new ArrayList<>(messages.size());
        for (Message m : messages) out.add(sink.ahead(read(file, m.position(), m.bytes(), zone)));
        return out;
    }

    private static void accept(SourceFile file, String position, byte[] bytes, ZoneId zone, RecordSink sink) {
        read(file, position, bytes, zone).to(sink);
    }

    private static Read read(SourceFile file, String position, byte[] bytes, ZoneId zone) {
        String raw = TextFiles.decode(bytes);
        try {
            MailMessage mail = MimeParser.parse(bytes, zone);
            return Read.of(new RawRecord(Source.EMAIL, mail.nativeId(), mail.syntheticId(), file.at(position), raw), mail);
        } catch (MimeParser.BadMessageException e) {
            return Read.bad(new Quarantined(file.at(position), e.getMessage(), raw));
        }
    }

    /** The iterator may hand back the mbox "From " separator line; it is not part of the message. */
    private static byte[] stripFromLine(byte[] bytes) {
        if (bytes.length > 5 && bytes[0] == 'F' && bytes[1] == 'r' && bytes[2] == 'o' && bytes[3] == 'm' && bytes[4] == ' ') {
            int i = 0;
            while (i < bytes.length && bytes[i] != '\n') i++;
            return java.util.Arrays.copyOfRange(bytes, Math.min(i + 1, bytes.length), bytes.length);
        }
        return bytes;
    }

}
