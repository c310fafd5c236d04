package org.rebook.workspace;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebook.common.Sha256;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Provenance;
import org.rebook.model.RawRecord;
import org.rebook.model.Source;
import org.rebook.model.StoredRecord;

/** The imported source records and the files they came from. */
public final class RecordStore {
    /** What happened to one record offered for import. */
    public enum InsertOutcome { IMPORTED, DUPLICATE, CONFLICT }

    private final Connection connection;

    RecordStore(Connection connection) { this.connection = connection; }

    /**
     * Stores a record unless one with the same source and native id exists. A record with the same id but
     * other content is a {@link InsertOutcome#CONFLICT}: nothing is overwritten, the caller quarantines it.
     */
    public InsertOutcome insert(RawRecord raw, ParsedRecord parsed) throws SQLException {
        return insert(raw, parsed, (a, b) -> false);
    }

    /**
     * As {@link #insert(RawRecord, ParsedRecord)}, but a record whose raw text differs while {@code sameMeaning}
     * says its reading agrees with the stored one (the same charge from a CSV and from the API) is a duplicate.
     */
    public InsertOutcome insert(RawRecord raw, ParsedRecord parsed,
                                java.util.function.BiPredicate<ParsedRecord, ParsedRecord> sameMeaning) throws SQLException {
        return insertAll(List.of(Incoming.of(raw, parsed)), sameMeaning).get(0);
    }

    /**
     * A record offered for import: raw with provenance, its reading, and the two as stored (raw text as UTF-8,
     * its hash, the reading as UTF-8 JSON).
     */
    public record Incoming(RawRecord raw, ParsedRecord parsed, byte[] rawUtf8, String rawSha256, byte[] parsedJson) {
        /**
         * Hashes and encodes the record now, on the caller's thread: an importer's reader does this while the
         * writer stores the batch before, instead of the writer doing it all.
         */
        public static Incoming of(RawRecord raw, ParsedRecord parsed) {
            byte[] utf8 = raw.raw().getBytes(StandardCharsets.UTF_8);
            return new Incoming(raw, parsed, utf8, Sha256.of(utf8), ParsedRecordCodec.encode(parsed));
        }
    }

    /** What is stored of a record already imported: its raw text's hash and its reading, read only when needed. */
    private record Stored(Source source, String rawSha256, byte[] parsedJson) {
        ParsedRecord parsed() { return ParsedRecordCodec.decode(source, parsedJson); }
    }

    /**
     * Batch form of {@link #insert(RawRecord, ParsedRecord, java.util.function.BiPredicate)}: records already
     * stored are read by id, one JDBC batch inserts the new ones. Outcomes come back in input order; a record
     * repeated inside the batch is judged against its first occurrence. Call inside a transaction.
     */
    public List<InsertOutcome> insertAll(List<Incoming> batch,
                                         java.util.function.BiPredicate<ParsedRecord, ParsedRecord> sameMeaning) throws SQLException {
        return insertAll(batch, sameMeaning, null);
    }

    /**
     * As {@link #insertAll(List, java.util.function.BiPredicate)}, also putting into {@code ids} (one slot per
     * record of the batch) the id each {@link InsertOutcome#IMPORTED} record was stored under; 0 for the others.
     */
    public synchronized List<InsertOutcome> insertAll(List<Incoming> batch,
                                                      java.util.function.BiPredicate<ParsedRecord, ParsedRecord> sameMeaning,
                                                      long[] ids) throws SQLException {
        Map<String, Stored> existing = existing(batch);
        Map<String, Incoming> seenHere = new java.util.LinkedHashMap<>();
        List<InsertOutcome> outcomes = new ArrayList<>(batch.size());
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_record (source, native_id,"
                + " synthetic_id, file_name, file_sha256, position, raw, raw_sha256, parsed, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            for (Incoming in : batch) {
                RawRecord raw = in.raw();
                String key = key(raw.source(), raw.nativeId());
                String rawSha = in.rawSha256();
                Stored stored = existing.get(key);
                Incoming earlier = seenHere.get(key);
                if (stored != null) {
                    outcomes.add(stored.rawSha256().equals(rawSha) || sameMeaning.test(stored.parsed(), in.parsed())
                            ? InsertOutcome.DUPLICATE : InsertOutcome.CONFLICT);
                } else if (earlier != null) {
                    outcomes.add(earlier.raw().raw().equals(raw.raw()) || sameMeaning.test(earlier.parsed(), in.parsed())
                            ? InsertOutcome.DUPLICATE : InsertOutcome.CONFLICT);
                } else {
                    seenHere.put(key, in);
                    Provenance p = raw.provenance();
                    insert.setString(1, raw.source().code());
                    insert.setString(2, raw.nativeId());
                    insert.setBoolean(3, raw.syntheticId());
                    insert.setString(4, p.fileName());
                    insert.setString(5, p.fileSha256());
                    insert.setString(6, p.position());
                    insert.setBytes(7, in.rawUtf8());
                    insert.setString(8, rawSha);
                    insert.setBytes(9, in.parsedJson());
                    insert.setObject(10, now);
                    insert.addBatch();
                    outcomes.add(InsertOutcome.IMPORTED);
                }
            }
            insert.executeBatch();
            Map<String, Long> known = knownIds();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                java.util.Iterator<String> inserted = seenHere.keySet().iterator();
                for (int i = 0; i < outcomes.size(); i++) {
                    if (outcomes.get(i) != InsertOutcome.IMPORTED) continue;
                    if (!keys.next()) throw new SQLException("fewer generated ids than records inserted");
                    long id = keys.getLong(1);
                    // If the transaction rolls back, this id is stored nowhere: existing() then finds no row
                    // under it and forgets it, so the record is imported by the next try.
                    known.put(inserted.next(), id);
                    if (ids != null) ids[i] = id;
                }
            }
        }
        return outcomes;
    }

    /**
     * (source, native id) → what is stored, for the ids of the batch that are already stored. Which ids are stored,
     * and under which row id, is kept in memory (loaded once): a new record costs no query, and one seen before is
     * read through the primary key. No index on (source, native id) is kept: its pages, hit in random order by
     * every insert, were most of what H2 wrote and rewrote while importing.
     */
    private Map<String, Stored> existing(List<Incoming> batch) throws SQLException {
        Map<String, Stored> out = new java.util.HashMap<>();
        Map<String, Long> known = knownIds();
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT source, native_id, raw_sha256, parsed FROM source_record WHERE id = ?")) {
            for (Incoming in : batch) {
                String key = key(in.raw().source(), in.raw().nativeId());
                Long id = known.get(key);
                if (id == null || out.containsKey(key)) continue;
                find.setLong(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next() && key.equals(key(Source.fromCode(rs.getString(1)), rs.getString(2)))) {
                        out.put(key, new Stored(in.raw().source(), rs.getString(3), rs.getBytes(4)));
                    } else {
                        known.remove(key); // its batch rolled back
                    }
                }
            }
        }
        return out;
    }

    /** (source, native id) → row id of every stored record, while importing; guarded by this store's lock. */
    private Map<String, Long> knownIds;

    /**
     * Lets go of the stored records' ids kept for importing: at 100 000 reservations they are 374 000 keys, about
     * 55 MB held for the workspace's life, and the reconcile that follows an import needs the memory more. The next
     * import reads them again in one scan.
     */
    public synchronized void importDone() { knownIds = null; }

    /** Whether the ids are held now (for tests). */
    synchronized boolean holdsKnownIds() { return knownIds != null; }

    private Map<String, Long> knownIds() throws SQLException {
        if (knownIds == null) {
            Map<String, Long> ids = new java.util.HashMap<>();
            PagedScan.scan(connection, "SELECT id, source, native_id FROM source_record", "id",
                    rs -> ids.put(key(Source.fromCode(rs.getString(2)), rs.getString(3)), rs.getLong(1)));
            knownIds = ids;
        }
        return knownIds;
    }

    private static String key(Source source, String nativeId) {
        return source.code() + "\u0000" + nativeId;
    }

    /** A record's identity and reading without its raw text: what reconciliation needs, at a fraction of the memory. */
    public record Reading(long id, Source source, String nativeId, ParsedRecord parsed) { }

    /** Every record's reading, in import order, without loading raw text. */
    public List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        try {
            PagedScan.scan(connection, "SELECT id, source, native_id, parsed FROM source_record", "id", rs -> {
                Source source = Source.fromCode(rs.getString(2));
                out.add(new Reading(rs.getLong(1), source, rs.getString(3), ParsedRecordCodec.decode(source, rs.getBytes(4))));
            });
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read records: " + e.getMessage(), e);
        }
        return out;
    }

    /** The readings of the given records, by id, fetched in batches through the primary key (no raw text). */
    public Map<Long, ParsedRecord> readings(java.util.Collection<Long> ids) {
        Map<Long, ParsedRecord> out = new java.util.HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT id, source, parsed FROM source_record WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < batch.size(); i++) st.setLong(i + 1, batch.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), ParsedRecordCodec.decode(Source.fromCode(rs.getString(2)), rs.getBytes(3)));
                    }
                }
            } catch (SQLException e) {
                throw new WorkspaceException("Cannot read records: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** All records in import order. */
    public List<StoredRecord> all() {
        return query("SELECT * FROM source_record ORDER BY id", null);
    }

    public synchronized Optional<StoredRecord> byNativeId(org.rebook.model.Source source, String nativeId) {
        try {
            Long id = knownIds().get(key(source, nativeId));
            return id == null ? Optional.empty() : byId(id).filter(r -> r.raw().source() == source && r.raw().nativeId().equals(nativeId));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read records: " + e.getMessage(), e);
        }
    }

    public Optional<StoredRecord> byId(long id) {
        return query("SELECT * FROM source_record WHERE id = ?", id).stream().findFirst();
    }

    /** Provenance of every record by row id, without loading raw text or parsed fields. */
    public Map<Long, Provenance> provenanceById() {
        Map<Long, Provenance> out = new java.util.HashMap<>();
        try {
            PagedScan.scan(connection, "SELECT id, file_name, file_sha256, position FROM source_record", "id",
                    rs -> out.put(rs.getLong(1), new Provenance(rs.getString(2), rs.getString(3), rs.getString(4))));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read provenance: " + e.getMessage(), e);
        }
        return out;
    }

    public int count() {
        return countWhere("SELECT COUNT(*) FROM source_record");
    }

    public Map<Source, Integer> countBySource() {
        Map<Source, Integer> counts = new EnumMap<>(Source.class);
        for (Source s : Source.values()) counts.put(s, 0);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT source, COUNT(*) FROM source_record GROUP BY source")) {
            while (rs.next()) counts.put(Source.fromCode(rs.getString(1)), rs.getInt(2));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot count records: " + e.getMessage(), e);
        }
        return counts;
    }

    /** True when a file with this content was imported before. */
    public boolean fileKnown(String sha256) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM source_file WHERE sha256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Remembers a file's first import and its counts. */
    public void recordFile(String fileName, String sha256, String format, int imported, int duplicate,
                           int quarantined) throws SQLException {
        if (fileKnown(sha256)) return;
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO source_file (file_name, sha256, format, imported_at, records_imported,"
                        + " records_duplicate, records_quarantined) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, fileName);
            st.setString(2, sha256);
            st.setString(3, format);
            st.setObject(4, OffsetDateTime.now());
            st.setInt(5, imported);
            st.setInt(6, duplicate);
            st.setInt(7, quarantined);
            st.executeUpdate();
        }
    }

    /** Files imported so far, oldest first. */
    public List<SourceFileRow> files() {
        List<SourceFileRow> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT file_name, sha256, format, records_imported, records_duplicate, records_quarantined"
                        + " FROM source_file ORDER BY id")) {
            while (rs.next()) {
                rows.add(new SourceFileRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot list files: " + e.getMessage(), e);
        }
        return rows;
    }

    /** A file as first imported, with its counts. */
    public record SourceFileRow(String fileName, String sha256, String format, int imported, int duplicate,
                                int quarantined) { }

    private List<StoredRecord> query(String sql, Long id) {
        List<StoredRecord> out = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (id != null) st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read records: " + e.getMessage(), e);
        }
        return out;
    }

    private static StoredRecord read(ResultSet rs) throws SQLException {
        Source source = Source.fromCode(rs.getString("source"));
        RawRecord raw = new RawRecord(source, rs.getString("native_id"), rs.getBoolean("synthetic_id"),
                new Provenance(rs.getString("file_name"), rs.getString("file_sha256"), rs.getString("position")),
                new String(rs.getBytes("raw"), StandardCharsets.UTF_8));
        return new StoredRecord(rs.getLong("id"), raw, ParsedRecordCodec.decode(source, rs.getBytes("parsed")));
    }

    private int countWhere(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot count: " + e.getMessage(), e);
        }
    }
}
