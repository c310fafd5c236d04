package org.rebook.workspace;

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

    /** A record offered for import: raw with provenance, its reading, and the two as stored (hash, JSON). */
    public record Incoming(RawRecord raw, ParsedRecord parsed, String rawSha256, String parsedJson) {
        /**
         * Hashes and encodes the record now, on the caller's thread: an importer's reader does this while the
         * writer stores the batch before, instead of the writer doing it all.
         */
        public static Incoming of(RawRecord raw, ParsedRecord parsed) {
            return new Incoming(raw, parsed, Sha256.of(raw.raw()), ParsedRecordCodec.encode(parsed));
        }
    }

    /**
     * Batch form of {@link #insert(RawRecord, ParsedRecord, java.util.function.BiPredicate)}: one query finds
     * which ids exist, one JDBC batch inserts the new ones. Outcomes come back in input order; a record
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
    public List<InsertOutcome> insertAll(List<Incoming> batch, java.util.function.BiPredicate<ParsedRecord, ParsedRecord> sameMeaning,
                                         long[] ids) throws SQLException {
        Map<String, String[]> existing = existing(batch);
        Map<String, Incoming> seenHere = new java.util.HashMap<>();
        List<InsertOutcome> outcomes = new ArrayList<>(batch.size());
        OffsetDateTime now = OffsetDateTime.now();
        String sql = "INSERT INTO source_record (source, native_id, synthetic_id, file_name, file_sha256, position,"
                + " raw, raw_sha256, parsed, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = ids == null ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, new String[] {"ID"})) {
            for (Incoming in : batch) {
                RawRecord raw = in.raw();
                String key = key(raw.source(), raw.nativeId());
                String rawSha = in.rawSha256();
                String[] stored = existing.get(key);
                Incoming earlier = seenHere.get(key);
                if (stored != null) {
                    outcomes.add(stored[0].equals(rawSha) || sameMeaning.test(ParsedRecordCodec.decode(raw.source(), stored[1]), in.parsed())
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
                    insert.setString(7, raw.raw());
                    insert.setString(8, rawSha);
                    insert.setString(9, in.parsedJson());
                    insert.setObject(10, now);
                    insert.addBatch();
                    outcomes.add(InsertOutcome.IMPORTED);
                }
            }
            insert.executeBatch();
            if (ids != null) {
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i = 0; i < outcomes.size(); i++) {
                        if (outcomes.get(i) != InsertOutcome.IMPORTED) continue;
                        if (!keys.next()) throw new SQLException("fewer generated ids than records inserted");
                        ids[i] = keys.getLong(1);
                    }
                }
            }
        }
        // If the transaction rolls back, the cache holds ids that are not stored: harmless, since a known id is
        // looked up before being called a duplicate. It must never miss a stored id, hence every insert adds here.
        knownKeys().addAll(seenHere.keySet());
        return outcomes;
    }

    /**
     * (source, native id) → {raw sha, parsed json} for the ids of the batch that are already stored. The set of
     * stored ids is kept in memory (loaded once), so new records cost no query and only ids seen before are
     * looked up, each through the unique index.
     */
    private Map<String, String[]> existing(List<Incoming> batch) throws SQLException {
        Map<String, String[]> out = new java.util.HashMap<>();
        java.util.Set<String> known = knownKeys();
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT raw_sha256, parsed FROM source_record WHERE source = ? AND native_id = ?")) {
            for (Incoming in : batch) {
                String key = key(in.raw().source(), in.raw().nativeId());
                if (!known.contains(key) || out.containsKey(key)) continue;
                find.setString(1, in.raw().source().code());
                find.setString(2, in.raw().nativeId());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) out.put(key, new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    private java.util.Set<String> knownKeys;

    private java.util.Set<String> knownKeys() throws SQLException {
        if (knownKeys == null) {
            knownKeys = new java.util.HashSet<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT source, native_id FROM source_record")) {
                while (rs.next()) knownKeys.add(key(Source.fromCode(rs.getString(1)), rs.getString(2)));
            }
        }
        return knownKeys;
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
                out.add(new Reading(rs.getLong(1), source, rs.getString(3), ParsedRecordCodec.decode(source, rs.getString(4))));
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
                        out.put(rs.getLong(1), ParsedRecordCodec.decode(Source.fromCode(rs.getString(2)), rs.getString(3)));
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

    public Optional<StoredRecord> byNativeId(org.rebook.model.Source source, String nativeId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM source_record WHERE source = ? AND native_id = ?")) {
            st.setString(1, source.code());
            st.setString(2, nativeId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? byId(rs.getLong(1)) : Optional.empty();
            }
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
                rs.getString("raw"));
        return new StoredRecord(rs.getLong("id"), raw, ParsedRecordCodec.decode(source, rs.getString("parsed")));
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
