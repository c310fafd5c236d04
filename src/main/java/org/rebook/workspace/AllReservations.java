package org.rebook.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rebook.model.EvidenceLink;
import org.rebook.model.Reservation;
import org.rebook.model.Source;

/**
 * Every stored reservation with its evidence and field sources, read for export and for opening the window.
 * Joining each evidence row to its record made H2 fetch 350 000 wide record rows one by one (17 s at 100k
 * reservations), and H2 copies any result over 40 000 rows to a temporary file before returning it. So: one
 * narrow scan of the record ids, whole tables streamed, and the joins and sorts done here in memory.
 */
final class AllReservations {
    /** Pickup order, unknown pickups last. */
    static final Comparator<Reservation> PICKUP_ORDER = Comparator.comparing(Reservation::pickupAt,
            Comparator.nullsLast(OffsetDateTime.timeLineOrder())).thenComparing(Reservation::id);
    static final Comparator<EvidenceLink> EVIDENCE_ORDER =
            Comparator.comparing((EvidenceLink l) -> l.source().code()).thenComparing(EvidenceLink::sourceId);

    private record RecordId(Source source, String nativeId) { }

    private AllReservations() { }

    static List<Reservation> read(Connection connection, ResultTables tables) {
        try {
            Map<Long, RecordId> ids = recordIds(connection);
            Map<String, List<EvidenceLink>> evidence = evidence(connection, tables, ids);
            java.util.function.LongFunction<FieldSourcesCodec.RecordName> names = id -> {
                RecordId r = ids.get(id);
                return r == null ? null : new FieldSourcesCodec.RecordName(r.source(), r.nativeId());
            };
            List<Reservation> out = new ArrayList<>();
            PagedScan.scan(connection, tables.sql("SELECT * FROM {reservation}"), "id", rs -> out.add(ResultStore.reservation(rs, evidence, names)));
            out.sort(PICKUP_ORDER);
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read reservations: " + e.getMessage(), e);
        }
    }

    private static Map<Long, RecordId> recordIds(Connection connection) throws SQLException {
        Map<Long, RecordId> out = new HashMap<>();
        PagedScan.scan(connection, "SELECT id, source, native_id FROM source_record", "id",
                rs -> out.put(rs.getLong(1), new RecordId(Source.fromCode(rs.getString(2)), rs.getString(3))));
        return out;
    }

    private static Map<String, List<EvidenceLink>> evidence(Connection connection, ResultTables tables, Map<Long, RecordId> ids) throws SQLException {
        Map<String, List<EvidenceLink>> out = new HashMap<>();
        PagedScan.scan(connection, tables.sql("SELECT record_id, reservation_id, role, link_reason, weights FROM {evidence}"), "record_id", rs -> {
            RecordId r = ids.get(rs.getLong(1));
            out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new EvidenceLink(rs.getLong(1),
                    r.source(), r.nativeId(), rs.getString(3), rs.getString(4), WeightsCodec.decode(rs.getString(5))));
        });
        out.values().forEach(links -> links.sort(EVIDENCE_ORDER));
        return out;
    }
}
