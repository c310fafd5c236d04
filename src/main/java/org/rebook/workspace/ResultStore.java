package org.rebook.workspace;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collection;
import org.rebook.model.EvidenceLink;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.ReservationStatus;
import org.rebook.model.ReviewState;
import org.rebook.model.Source;
import org.rebook.model.UnmatchedRecord;

/** The latest reconcile output: reservations, their evidence, and unmatched records. */
public final class ResultStore {
    static final String REASON_SEPARATOR = "\n";

    private final Connection connection;

    ResultStore(Connection connection) { this.connection = connection; }

    /** The set of tables readers see, as the workspace says now (inside a transaction: as it will say). */
    private ResultTables live() {
        try (PreparedStatement st = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            st.setString(1, ResultTables.SETTING);
            try (ResultSet rs = st.executeQuery()) {
                return ResultTables.of(rs.next() ? rs.getString(1) : "a");
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read which results are current: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String template) throws SQLException {
        return connection.prepareStatement(live().sql(template));
    }

    private ResultTables staged;

    /**
     * Writes {@code result} into the result tables not in use, committing every few thousand rows: readers see
     * nothing of it until {@link #publishStaged()}. Call outside any transaction.
     */
    public void stage(ReconcileResult result) {
        try {
            if (!connection.getAutoCommit()) throw new IllegalStateException("stage() commits as it goes: call it outside a transaction");
            ResultTables spare = live().other();
            staged = null;
            truncate(spare); // left over from a run that stopped before publishing
            // Its evidence index is built once the rows are in: rows go in by record id, so row by row each landed
            // on a random page of it, and H2 wrote most of its pages again at every store (benchmarks.md).
            execute(spare.sql("DROP INDEX IF EXISTS {evidence_by_reservation}"));
            connection.setAutoCommit(false);
            try {
                insert(result, spare, true);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            execute(spare.sql("CREATE INDEX IF NOT EXISTS {evidence_by_reservation} ON {evidence} (reservation_id)"));
            staged = spare;
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot store reservations: " + e.getMessage(), e);
        }
    }

    /** Makes the staged result the current one. Call inside the transaction that goes with it. */
    public void publishStaged() throws SQLException {
        if (staged == null) throw new IllegalStateException("nothing staged");
        try (PreparedStatement st = connection.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
            st.setString(1, ResultTables.SETTING);
            st.setString(2, staged.suffix());
            st.executeUpdate();
        }
        staged = null;
    }

    /** Empties the tables not in use (the result replaced last), freeing their space. Call outside a transaction. */
    public void clearSpare() {
        try {
            if (!connection.getAutoCommit()) throw new IllegalStateException("clearSpare() commits: call it outside a transaction");
            truncate(live().other());
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot free the replaced reservations: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private void truncate(ResultTables t) throws SQLException {
        for (String table : List.of("{evidence}", "{unmatched}", "{reservation}")) execute(t.sql("TRUNCATE TABLE " + table));
    }

    /**
     * Replaces part of the output: the reservations {@code reservationIds} and the unmatched entries of
     * {@code recordIds} give way to {@code part} (a recompute around one decision). Call inside a transaction.
     */
    public void replacePart(Collection<String> reservationIds, Collection<Long> recordIds, ReconcileResult part)
            throws SQLException {
        try (PreparedStatement ev = prepare("DELETE FROM {evidence} WHERE reservation_id = ?");
             PreparedStatement res = prepare("DELETE FROM {reservation} WHERE id = ?")) {
            for (String id : reservationIds) {
                for (PreparedStatement st : List.of(ev, res)) {
                    st.setString(1, id);
                    st.addBatch();
                }
            }
            ev.executeBatch();
            res.executeBatch();
        }
        try (PreparedStatement un = prepare("DELETE FROM {unmatched} WHERE record_id = ?")) {
            for (long id : recordIds) {
                un.setLong(1, id);
                un.addBatch();
            }
            un.executeBatch();
        }
        insert(part, live(), false);
    }

    /** Ids of the reservations holding any of {@code recordIds}. */
    public Set<String> reservationsHolding(Collection<Long> recordIds) {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement st = prepare("SELECT reservation_id FROM {evidence} WHERE record_id = ?")) {
            for (long id : recordIds) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read evidence: " + e.getMessage(), e);
        }
        return out;
    }

    /** The records of these reservations. */
    public Set<Long> recordsOf(Collection<String> reservationIds) {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement st = prepare("SELECT record_id FROM {evidence} WHERE reservation_id = ?")) {
            for (String id : reservationIds) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read evidence: " + e.getMessage(), e);
        }
        return out;
    }

    /** True when a reservation with this id is stored. */
    public boolean exists(String reservationId) {
        try (PreparedStatement st = prepare("SELECT 1 FROM {reservation} WHERE id = ?")) {
            st.setString(1, reservationId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read reservations: " + e.getMessage(), e);
        }
    }

    public int unmatchedCount() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(live().sql("SELECT COUNT(*) FROM {unmatched}"))) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read unmatched records: " + e.getMessage(), e);
        }
    }

    /** Every reservation id in the workspace. */
    public Set<String> reservationIds() {
        Set<String> out = new java.util.HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(live().sql("SELECT id FROM {reservation}"))) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read reservations: " + e.getMessage(), e);
        }
        return out;
    }

    /** Some reservations by id, with their evidence; ids not found are left out. */
    public List<Reservation> reservations(Collection<String> ids) {
        Set<String> wanted = new java.util.HashSet<>(ids);
        if (wanted.isEmpty()) return List.of();
        // Few at a time (one decision's worth): one indexed read per id.
        List<Reservation> out = new ArrayList<>();
        for (String id : new TreeSet<>(wanted)) out.addAll(readOne(id));
        return out;
    }

    private static final int CHUNK = 2000;

    /** Writes {@code result} into {@code t}; with {@code commitChunks}, commits after each chunk of rows. */
    private void insert(ReconcileResult result, ResultTables t, boolean commitChunks) throws SQLException {
        try (PreparedStatement res = connection.prepareStatement(t.sql(
                "INSERT INTO {reservation} (id, booking_reference, status, customer_name, customer_email,"
                        + " customer_phone, vehicle, vehicle_plate, pickup_at, return_at, pickup_location,"
                        + " return_location, total_amount, amount_paid, amount_refunded, currency, confidence,"
                        + " review_state, reasons, field_sources)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
             PreparedStatement ev = connection.prepareStatement(t.sql(
                     "INSERT INTO {evidence} (reservation_id, record_id, role, link_reason, weights) VALUES (?, ?, ?, ?, ?)"))) {
            // Rows go in key order: H2 then walks each B-tree (and, at commit, its undo log) front to back with
            // the pages it needs already in cache, instead of jumping to a random page per row.
            List<Reservation> byId = new ArrayList<>(result.reservations());
            byId.sort(Comparator.comparing(Reservation::id));
            List<Object[]> evidenceRows = new ArrayList<>();
            int rows = 0;
            for (Reservation r : byId) {
                if (++rows % CHUNK == 0) flush(res, commitChunks); // a JDBC batch holds every row's values until executed
                int i = 1;
                res.setString(i++, r.id());
                res.setString(i++, r.bookingReference());
                res.setString(i++, r.status().code());
                res.setString(i++, r.customerName());
                res.setString(i++, r.customerEmail());
                res.setString(i++, r.customerPhone());
                res.setString(i++, r.vehicle());
                res.setString(i++, r.vehiclePlate());
                res.setObject(i++, r.pickupAt());
                res.setObject(i++, r.returnAt());
                res.setString(i++, r.pickupLocation());
                res.setString(i++, r.returnLocation());
                res.setBigDecimal(i++, r.totalAmount());
                res.setBigDecimal(i++, r.amountPaid());
                res.setBigDecimal(i++, r.amountRefunded());
                res.setString(i++, r.currency());
                res.setDouble(i++, r.confidence());
                res.setString(i++, r.reviewState().code());
                res.setString(i++, String.join(REASON_SEPARATOR, r.reasons()));
                res.setString(i, FieldSourcesCodec.encode(r.fieldSources()));
                res.addBatch();
                for (EvidenceLink link : r.evidence()) evidenceRows.add(new Object[] {r.id(), link});
            }
            evidenceRows.sort(Comparator.comparingLong(row -> ((EvidenceLink) row[1]).recordId()));
            rows = 0;
            for (Object[] row : evidenceRows) {
                if (++rows % CHUNK == 0) flush(ev, commitChunks);
                EvidenceLink link = (EvidenceLink) row[1];
                ev.setString(1, (String) row[0]);
                ev.setLong(2, link.recordId());
                ev.setString(3, link.role());
                ev.setString(4, link.reason());
                ev.setString(5, WeightsCodec.encode(link.weights()));
                ev.addBatch();
            }
            res.executeBatch();
            ev.executeBatch();
        }
        try (PreparedStatement un = connection.prepareStatement(t.sql("INSERT INTO {unmatched} (record_id, reason) VALUES (?, ?)"))) {
            List<UnmatchedRecord> unmatched = new ArrayList<>(result.unmatched());
            unmatched.sort(Comparator.comparingLong(UnmatchedRecord::recordId));
            for (UnmatchedRecord u : unmatched) {
                un.setLong(1, u.recordId());
                un.setString(2, u.reason());
                un.addBatch();
            }
            un.executeBatch();
        }
    }

    private void flush(PreparedStatement batch, boolean commit) throws SQLException {
        batch.executeBatch();
        if (commit) connection.commit();
    }

    public boolean hasResults() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(live().sql("SELECT (SELECT COUNT(*) FROM {reservation}) + (SELECT COUNT(*) FROM {unmatched})"))) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read results: " + e.getMessage(), e);
        }
    }

    /** Reservations sorted by pickup time (unknown pickups last), each with its evidence. */
    public List<Reservation> reservations() {
        return AllReservations.read(connection, live());
    }

    private List<Reservation> readOne(String id) {
        Map<String, List<EvidenceLink>> evidence = evidenceByReservation(id);
        // A field's record is one of the reservation's own, so its evidence names it.
        Map<Long, FieldSourcesCodec.RecordName> names = new HashMap<>();
        for (EvidenceLink l : evidence.getOrDefault(id, List.of())) {
            names.put(l.recordId(), new FieldSourcesCodec.RecordName(l.source(), l.sourceId()));
        }
        List<Reservation> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT * FROM {reservation} WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(reservation(rs, evidence, names::get));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read reservations: " + e.getMessage(), e);
        }
        return out;
    }

    static Reservation reservation(ResultSet rs, Map<String, List<EvidenceLink>> evidence,
                                   java.util.function.LongFunction<FieldSourcesCodec.RecordName> names) throws SQLException {
        String id = rs.getString("id");
        String reasons = rs.getString("reasons");
        return new Reservation(id, rs.getString("booking_reference"),
                ReservationStatus.fromCode(rs.getString("status")), rs.getString("customer_name"),
                rs.getString("customer_email"), rs.getString("customer_phone"), rs.getString("vehicle"),
                rs.getString("vehicle_plate"), rs.getObject("pickup_at", OffsetDateTime.class),
                rs.getObject("return_at", OffsetDateTime.class), rs.getString("pickup_location"),
                rs.getString("return_location"), scaled(rs.getBigDecimal("total_amount")),
                scaled(rs.getBigDecimal("amount_paid")), scaled(rs.getBigDecimal("amount_refunded")),
                rs.getString("currency"), rs.getDouble("confidence"),
                ReviewState.fromCode(rs.getString("review_state")),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(REASON_SEPARATOR)),
                evidence.getOrDefault(id, List.of()), FieldSourcesCodec.decode(rs.getString("field_sources"), names));
    }

    public List<UnmatchedRecord> unmatched() {
        List<UnmatchedRecord> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(live().sql(
                "SELECT u.record_id, r.source, r.native_id, u.reason FROM {unmatched} u"
                        + " JOIN source_record r ON r.id = u.record_id ORDER BY r.source, r.native_id"))) {
            while (rs.next()) {
                out.add(new UnmatchedRecord(rs.getLong(1), Source.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read unmatched records: " + e.getMessage(), e);
        }
        return out;
    }

    private Map<String, List<EvidenceLink>> evidenceByReservation(String reservationId) {
        Map<String, List<EvidenceLink>> out = new HashMap<>();
        try (PreparedStatement st = prepare(
                "SELECT e.reservation_id, e.record_id, r.source, r.native_id, e.role, e.link_reason, e.weights FROM {evidence} e"
                        + " JOIN source_record r ON r.id = e.record_id WHERE e.reservation_id = ?"
                        + " ORDER BY r.source, r.native_id")) {
            st.setString(1, reservationId);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EvidenceLink(rs.getLong(2),
                        Source.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        WeightsCodec.decode(rs.getString(7))));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read evidence: " + e.getMessage(), e);
        }
        return out;
    }

    /** Stored DECIMAL(19,4) back to two decimals, the unit exports use. */
    static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
