package org.rebook.ingest.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.rebook.common.Sha256;
import org.rebook.ingest.LiveReader;
import org.rebook.ingest.RecordSink;
import org.rebook.ingest.TextFiles;
import org.rebook.model.MailMessage;
import org.rebook.model.Provenance;
import org.rebook.model.Quarantined;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;
import org.rebook.task.Progress;

/**
 * Reads a mailbox over IMAP without changing it: folders are opened READ_ONLY (EXAMINE) and bodies fetched
 * with BODY.PEEK, so no flag (\Seen included) changes and nothing moves. Incremental by UIDVALIDITY + UID:
 * only messages after the last UID read are fetched, in batches, so large mailboxes stream.
 */
public final class ImapReader implements LiveReader {
    /** How to connect. The password lives only in memory. */
    public enum Security { TLS, STARTTLS, PLAIN }

    public record Settings(String host, int port, Security security, String user, char[] password, List<String> folders,
                           Instant since, ZoneId businessZone) { }

    /** Where a folder was read up to: its UIDVALIDITY and the last UID seen. */
    public record Cursor(long uidValidity, long lastUid) { }

    private static final int BATCH = 200;

    private final Settings settings;
    private final Map<String, Cursor> cursors;

    /** {@code cursors} holds what previous runs read, by folder; it is updated as folders are read. */
    public ImapReader(Settings settings, Map<String, Cursor> cursors) {
        this.settings = settings;
        this.cursors = new HashMap<>(cursors);
    }

    public Map<String, Cursor> cursors() { return Map.copyOf(cursors); }

    public String sourceName(String folder) {
        return "imap://" + settings.user() + "@" + settings.host() + ":" + settings.port() + "/" + folder;
    }

    @Override
    public void read(RecordSink sink, Progress progress) throws IOException {
        Store store = null;
        try {
            store = session().getStore(settings.security() == Security.TLS ? "imaps" : "imap");
            store.connect(settings.host(), settings.port(), settings.user(), new String(settings.password()));
            for (String name : settings.folders()) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) throw new IOException("the mailbox has no folder '" + name + "'");
                readFolder(folder, name, sink, progress);
            }
        } catch (MessagingException e) {
            throw new IOException(ImapErrors.describe(e, settings), e);
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (MessagingException ignored) {
                    // closing a read-only connection cannot lose anything
                }
            }
        }
    }

    private void readFolder(Folder folder, String name, RecordSink sink, Progress progress) throws MessagingException, IOException {
        folder.open(Folder.READ_ONLY);
        try {
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            Cursor cursor = cursors.get(name);
            long after = cursor != null && cursor.uidValidity() == validity ? cursor.lastUid() : 0;
            Message[] candidates = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
            if (settings.since() != null && candidates.length > 0) {
                candidates = folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(settings.since())), candidates);
            }
            long last = after;
            for (int from = 0; from < candidates.length; from += BATCH) {
                progress.checkCancelled();
                Message[] batch = java.util.Arrays.copyOfRange(candidates, from, Math.min(candidates.length, from + BATCH));
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(batch, profile);
                for (Message m : batch) {
                    long uid = uids.getUID(m);
                    if (uid <= after) continue; // a UID range with no new mail still returns the newest message
                    accept(m, uid, validity, name, sink);
                    last = Math.max(last, uid);
                }
                progress.update("Reading " + name, Math.min(candidates.length, from + BATCH), candidates.length);
            }
            cursors.put(name, new Cursor(validity, last));
        } finally {
            folder.close(false); // false: never expunge
        }
    }

    private void accept(Message m, long uid, long validity, String folder, RecordSink sink) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.writeTo(bytes);
        byte[] raw = bytes.toByteArray();
        String source = sourceName(folder);
        Provenance where = new Provenance(source, Sha256.of(source), "UID " + uid + " (UIDVALIDITY " + validity + ")");
        try {
            MailMessage mail = MimeParser.parse(raw, settings.businessZone());
            sink.accept(new RawRecord(Source.EMAIL, mail.nativeId(), mail.syntheticId(), where, TextFiles.decode(raw)), mail);
        } catch (MimeParser.BadMessageException e) {
            sink.quarantine(new Quarantined(where, e.getMessage(), TextFiles.decode(raw)));
        }
    }

    private Session session() {
        Properties p = new Properties();
        String proto = settings.security() == Security.TLS ? "imaps" : "imap";
        p.setProperty("mail." + proto + ".peek", "true"); // BODY.PEEK: reading never sets \\Seen
        p.setProperty("mail." + proto + ".connectiontimeout", "15000");
        p.setProperty("mail." + proto + ".timeout", "60000");
        p.setProperty("mail." + proto + ".partialfetch", "false");
        if (settings.security() == Security.STARTTLS) {
            p.setProperty("mail.imap.starttls.enable", "true");
            p.setProperty("mail.imap.starttls.required", "true");
        }
        if (settings.security() != Security.PLAIN) p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
        MailStreams.nameProvider();
        return Session.getInstance(p);
    }

}
