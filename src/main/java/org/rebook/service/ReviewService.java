package org.rebook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rebook.model.DecisionEffect;
import org.rebook.model.DecisionKind;
import org.rebook.model.FieldEdit;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.StaffDecision;
import org.rebook.reconcile.StaffEdits;
import org.rebook.workspace.Workspace;

/**
 * What staff do on the review screens, as decisions: each is stored (with the reservations it touched
 * before and after, for the audit log), turned into constraints the linker respects on every later run, and
 * applied at once by recomputing only the reservations around it. Undo and redo work the same way.
 */
public final class ReviewService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecoveryService recovery;
    private final Workspace workspace;

    public ReviewService(RecoveryService recovery) {
        this.recovery = recovery;
        this.workspace = recovery.workspace();
    }

    /** What a decision (or its undo) did: a sentence for the user and the reservations to show next. */
    public record Outcome(long decisionId, String message, List<String> reservationIds, Set<String> replacedIds,
                          ReconcileResult part) {
        /** The reservation the user most likely wants to look at after this. */
        public Optional<String> focus() { return reservationIds.stream().findFirst(); }
    }

    public Outcome accept(String reservationId) {
        Set<Long> members = members(reservationId);
        return decide(DecisionKind.ACCEPT, "accepted " + reservationId,
                new DecisionEffect.Builder().together(members, reservationId).accepted(members).build(), reservationId);
    }

    /** Takes one record out of a reservation and keeps it out on later runs. */
    public Outcome rejectLink(String reservationId, long recordId) {
        Set<Long> members = members(reservationId);
        if (!members.contains(recordId)) throw new IllegalArgumentException("That record is not in " + reservationId);
        if (members.size() == 1) {
            throw new IllegalArgumentException(reservationId + " holds only this record: mark it as not a booking instead");
        }
        Set<Long> rest = without(members, recordId);
        return decide(DecisionKind.REJECT_LINK, "rejected record " + recordId + " from " + reservationId,
                new DecisionEffect.Builder().together(rest, reservationId).apart(List.of(recordId), rest).build(), reservationId);
    }

    /** Moves a record (in a reservation or unmatched) into another reservation. */
    public Outcome move(long recordId, String toReservationId) {
        Set<Long> target = members(toReservationId);
        if (target.contains(recordId)) throw new IllegalArgumentException("That record is already in " + toReservationId);
        DecisionEffect.Builder effect = new DecisionEffect.Builder();
        Optional<String> from = holder(recordId);
        from.ifPresent(r -> {
            Set<Long> rest = without(members(r), recordId);
            effect.together(rest, r).apart(List.of(recordId), rest);
        });
        Set<Long> joined = new TreeSet<>(target);
        joined.add(recordId);
        effect.together(joined, toReservationId);
        DecisionKind kind = from.isPresent() ? DecisionKind.MOVE : DecisionKind.ATTACH;
        String summary = from.map(r -> "moved record " + recordId + " from " + r + " to " + toReservationId)
                .orElse("attached unmatched record " + recordId + " to " + toReservationId);
        return decide(kind, summary, effect.build(), toReservationId);
    }

    public Outcome merge(String reservationId, String otherId) {
        if (reservationId.equals(otherId)) throw new IllegalArgumentException("Choose two different reservations to merge");
        Set<Long> all = new TreeSet<>(members(reservationId));
        all.addAll(members(otherId));
        return decide(DecisionKind.MERGE, "merged " + otherId + " into " + reservationId,
                new DecisionEffect.Builder().together(all, reservationId).build(), reservationId);
    }

    /** Splits the given records off into a reservation of their own. */
    public Outcome split(String reservationId, Collection<Long> recordIds) {
        Set<Long> members = members(reservationId);
        Set<Long> out = new TreeSet<>(recordIds);
        if (out.isEmpty() || !members.containsAll(out) || out.size() == members.size()) {
            throw new IllegalArgumentException("Choose some, not all, of the records of " + reservationId + " to split off");
        }
        Set<Long> rest = new TreeSet<>(members);
        rest.removeAll(out);
        return decide(DecisionKind.SPLIT, "split " + out.size() + " record(s) off " + reservationId,
                new DecisionEffect.Builder().together(rest, reservationId).together(out).apart(out, rest).build(), reservationId);
    }

    /** Sets a field to a typed value; the sources' value stays as evidence. A blank value clears the field. */
    public Outcome edit(String reservationId, String field, String value) {
        String problem = StaffEdits.problem(field, value);
        if (problem != null) throw new IllegalArgumentException(problem);
        Reservation r = reservation(reservationId);
        long anchor = r.sourceOf(field).map(f -> f.recordId())
                .orElse(r.evidence().isEmpty() ? -1 : r.evidence().get(0).recordId());
        if (anchor < 0) throw new IllegalArgumentException(reservationId + " has no records to attach an edit to");
        return decide(DecisionKind.EDIT_FIELD, "set " + field + " of " + reservationId + " to “" + value + "”",
                new DecisionEffect.Builder().edit(new FieldEdit(anchor, field, value)).build(), reservationId);
    }

    /** Makes a reservation of a record (typically an unmatched one), taking it out of any other. */
    public Outcome createFrom(long recordId) {
        DecisionEffect.Builder effect = new DecisionEffect.Builder();
        holder(recordId).ifPresent(r -> {
            Set<Long> rest = without(members(r), recordId);
            effect.together(rest, r).apart(List.of(recordId), rest);
        });
        effect.together(List.of(recordId));
        return decide(DecisionKind.CREATE_FROM_RECORD, "created a reservation from record " + recordId, effect.build(), null);
    }

    /** Sets a record aside as not about a booking (a voucher, a staff meeting). */
    public Outcome notABooking(long recordId) {
        return decide(DecisionKind.NOT_A_BOOKING, "marked record " + recordId + " as not a booking",
                new DecisionEffect.Builder().notBooking(recordId).build(), holder(recordId).orElse(null));
    }

    public Optional<StaffDecision> undoable() { return workspace.decisions().undoable(); }

    public Optional<StaffDecision> redoable() { return workspace.decisions().redoable(); }

    public Optional<Outcome> undo() {
        return undoable().map(d -> workspace.inTransaction(() -> {
            workspace.decisions().setUndone(d.id(), true);
            RecoveryService.Recomputed r = recovery.recomputeAround(d.effect().records());
            return new Outcome(d.id(), "Undone: " + d.summary(), ids(r.part()), r.replacedIds(), r.part());
        }));
    }

    public Optional<Outcome> redo() {
        return redoable().map(d -> workspace.inTransaction(() -> {
            workspace.decisions().setUndone(d.id(), false);
            RecoveryService.Recomputed r = recovery.recomputeAround(d.effect().records());
            return new Outcome(d.id(), "Redone: " + d.summary(), ids(r.part()), r.replacedIds(), r.part());
        }));
    }

    private Outcome decide(DecisionKind kind, String summary, DecisionEffect effect, String focusHint) {
        Set<Long> records = effect.records();
        return workspace.inTransaction(() -> {
            String before = snapshot(workspace.results().reservations(workspace.results().reservationsHolding(records)));
            long id = workspace.decisions().add(kind, summary, effect, before);
            RecoveryService.Recomputed r = recovery.recomputeAround(records);
            workspace.decisions().setAfter(id, snapshot(r.part().reservations()));
            List<String> ids = ids(r.part());
            // The reservation the action was about first, when it still exists under that id.
            if (focusHint != null && ids.remove(focusHint)) ids.add(0, focusHint);
            return new Outcome(id, capitalise(summary), ids, r.replacedIds(), r.part());
        });
    }

    private Set<Long> members(String reservationId) {
        Set<Long> members = workspace.results().recordsOf(List.of(reservationId));
        if (members.isEmpty()) throw new IllegalArgumentException("No reservation " + reservationId + " (it may have been rebuilt)");
        return members;
    }

    private Reservation reservation(String id) {
        return workspace.results().reservations(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reservation " + id + " (it may have been rebuilt)"));
    }

    private Optional<String> holder(long recordId) {
        return workspace.results().reservationsHolding(List.of(recordId)).stream().findFirst();
    }

    private static Set<Long> without(Set<Long> members, long record) {
        Set<Long> rest = new TreeSet<>(members);
        rest.remove(record);
        return rest;
    }

    private static List<String> ids(ReconcileResult part) {
        return new ArrayList<>(part.reservations().stream().map(Reservation::id).toList());
    }

    /** The touched reservations as the audit log keeps them: enough to see what changed, not a full copy. */
    private static String snapshot(List<Reservation> reservations) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reservation r : reservations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("status", r.status().code());
            m.put("review", r.reviewState().code());
            m.put("confidence", r.confidence());
            m.put("customer_name", r.customerName());
            m.put("vehicle", r.vehicle());
            m.put("pickup_at", r.pickupAt() == null ? null : r.pickupAt().toString());
            m.put("total_amount", r.totalAmount() == null ? null : r.totalAmount().toPlainString());
            m.put("records", r.evidence().stream().map(e -> e.source().code() + ":" + e.sourceId()).toList());
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalise(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
