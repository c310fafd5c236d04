package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.model.DecisionEffect;
import org.rebook.model.FieldEdit;
import org.rebook.model.RecordPair;
import org.rebook.model.StaffDecision;

/**
 * People's decisions folded into what the linker must respect, applied in the order they were made so the
 * latest word on a record wins: which records are held together (pins), which never share a reservation,
 * which are not bookings, which groups were accepted as they stand, and typed field values.
 */
public final class Constraints {
    private final Map<Long, Pin> pinOf = new HashMap<>();
    private final Set<RecordPair> apart = new HashSet<>();
    private final Map<Long, Long> notBooking = new HashMap<>();
    private final List<Edit> edits = new ArrayList<>();

    /** A typed field value and the decision that typed it. */
    record Edit(long decisionId, FieldEdit edit) { }

    /** Records a decision put together, with whether a person accepted exactly this group. */
    static final class Pin {
        final long decisionId;
        final Set<Long> records = new HashSet<>();
        /** The reservation id the person was looking at, kept when one of the records can give it. */
        final String wantedId;
        boolean accepted;

        Pin(long decisionId, String wantedId) {
            this.decisionId = decisionId;
            this.wantedId = wantedId;
        }
    }

    public static Constraints none() { return new Constraints(); }

    public static Constraints of(List<StaffDecision> decisions) {
        Constraints c = new Constraints();
        for (StaffDecision d : decisions) c.apply(d.id(), d.effect());
        return c;
    }

    private void apply(long decisionId, DecisionEffect e) {
        for (int g = 0; g < e.together().size(); g++) {
            List<Long> group = e.together().get(g);
            Pin pin = new Pin(decisionId, e.togetherIds().get(g));
            for (long r : group) {
                Pin old = pinOf.put(r, pin);
                if (old != null) {
                    old.records.remove(r);
                    old.accepted = false; // the group a person accepted is not what it was
                }
                pin.records.add(r);
                notBooking.remove(r);
            }
            // Held together now: earlier "keep apart" between these records no longer stands.
            for (long a : group) for (long b : group) if (a < b) apart.remove(RecordPair.of(a, b));
        }
        apart.addAll(e.apart());
        for (long r : e.notBookings()) {
            Pin old = pinOf.remove(r);
            if (old != null) {
                old.records.remove(r);
                old.accepted = false;
            }
            notBooking.put(r, decisionId);
        }
        for (List<Long> group : e.accepted()) {
            Pin pin = group.isEmpty() ? null : pinOf.get(group.get(0));
            if (pin != null && pin.records.equals(new HashSet<>(group))) pin.accepted = true;
        }
        for (FieldEdit edit : e.edits()) edits.add(new Edit(decisionId, edit));
    }

    /**
     * Whether any decision changes which records linking groups: holds records together, keeps them apart or
     * sets one aside. Typed field values do not: they change a reservation's fields once it is assembled.
     */
    boolean shapeLinking() { return !pinOf.isEmpty() || !apart.isEmpty() || !notBooking.isEmpty(); }

    /** The decision that set this record aside as not a booking, or null. */
    Long notBookingDecision(long record) { return notBooking.get(record); }

    Pin pin(long record) {
        Pin p = pinOf.get(record);
        return p == null || p.records.isEmpty() ? null : p;
    }

    /** Distinct live pins, in the order of their first record id (deterministic). */
    List<Pin> pins() {
        Map<Pin, Long> first = new java.util.IdentityHashMap<>();
        for (Map.Entry<Long, Pin> e : pinOf.entrySet()) first.merge(e.getValue(), e.getKey(), Math::min);
        List<Pin> out = new ArrayList<>(first.keySet());
        out.sort(java.util.Comparator.comparingLong(first::get));
        return out;
    }

    /** True when no decision keeps {@code record} apart from any of {@code members}. */
    boolean allows(long record, Collection<Long> members) {
        if (apart.isEmpty()) return true;
        for (long m : members) if (apart.contains(RecordPair.of(record, m))) return false;
        return true;
    }

    /** The latest typed value per field for a reservation holding these records (edits name an anchor record). */
    Map<String, Edit> edits(Set<Long> members) {
        Map<String, Edit> out = new LinkedHashMap<>();
        for (Edit e : edits) if (members.contains(e.edit().anchorRecordId())) out.put(e.edit().field(), e);
        return out;
    }
}
