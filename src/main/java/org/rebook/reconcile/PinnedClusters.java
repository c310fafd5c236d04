package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rebook.model.DocumentKind;
import org.rebook.model.LinkWeight;

/**
 * Builds the reservations people shaped (moved, merged, split, accepted) before the linker places anything
 * else, so automatic links can add to them but never take their records away. A pinned reservation keeps the
 * id it would have had when it holds the record that would have started it.
 */
final class PinnedClusters {
    private static final Comparator<Observation> SEED_FIRST = Comparator
            .comparingInt((Observation o) -> seedRank(o.facts().kind()))
            .thenComparing((Observation o) -> o.source().code()).thenComparing(Observation::nativeId);

    private final Constraints constraints;
    private final LinkScorer scorer;
    private final Predicate<String> claim;
    private final Map<Long, Observation> byId = new HashMap<>();
    /** Per reference, the record that starts its reservation when no person intervened. */
    private final Map<String, Observation> naturalSeed = new HashMap<>();

    PinnedClusters(List<Observation> sortedById, Constraints constraints, LinkScorer scorer, Predicate<String> claim) {
        this.constraints = constraints;
        this.scorer = scorer;
        this.claim = claim;
        for (Observation o : sortedById) {
            byId.put(o.recordId(), o);
            String ref = Keys.reference(o.facts().reference());
            if (ref != null && o.facts().kind() != DocumentKind.NOT_BOOKING && constraints.notBookingDecision(o.recordId()) == null) {
                naturalSeed.putIfAbsent(ref, o);
            }
        }
    }

    void place(Set<Long> placed, Map<String, Cluster> clusters, Map<String, List<Cluster>> byReference, ClusterIndex index) {
        Map<String, Constraints.Pin> owners = referenceOwners(placed);
        for (Constraints.Pin pin : constraints.pins()) {
            List<Observation> members = new ArrayList<>();
            for (long id : pin.records) {
                Observation o = byId.get(id);
                if (o != null && !placed.contains(id)) members.add(o);
            }
            if (members.isEmpty()) continue; // recomputing part of the workspace: this group lies elsewhere
            members.sort(SEED_FIRST);
            Cluster c = cluster(members, pin, owners);
            c.pin = pin;
            clusters.put(c.seedKey, c);
            String staff = "kept in this reservation by staff (decision #" + pin.decisionId + ")";
            for (Observation o : members) {
                Probe p = new Probe(o);
                String ref = Keys.reference(o.facts().reference());
                if (c.members.isEmpty()) {
                    c.add(new Member(o, staff, 1.0, List.of()), p);
                } else if (ref != null && ref.equals(c.reference)) {
                    c.add(Member.byReference(o, "same booking reference " + ref + "; " + staff, 1.0, ref), p);
                } else {
                    // Keep the automatic comparison visible: staff see what the evidence alone said.
                    LinkScore score = scorer.score(p, c);
                    List<LinkWeight> weights = new ArrayList<>(score.weights());
                    c.add(new Member(o, staff + "; on its own: " + score.summary(), 1.0, weights), p);
                }
                index.index(c, p);
                placed.add(o.recordId());
                if (ref != null) {
                    List<Cluster> same = byReference.computeIfAbsent(ref, k -> new ArrayList<>());
                    if (!same.contains(c)) same.add(c);
                }
            }
        }
    }

    /**
     * Which group keeps a reference's reservation id when people split its records: the one holding most of
     * them, then the larger group (a split-off calendar entry leaves the id with the booking), then the one
     * with the record that would have started it.
     */
    private Map<String, Constraints.Pin> referenceOwners(Set<Long> placed) {
        Map<String, Map<Constraints.Pin, Integer>> counts = new HashMap<>();
        for (Constraints.Pin pin : constraints.pins()) {
            for (long id : pin.records) {
                Observation o = byId.get(id);
                String ref = o == null || placed.contains(id) ? null : Keys.reference(o.facts().reference());
                if (ref != null) counts.computeIfAbsent(ref, k -> new java.util.LinkedHashMap<>()).merge(pin, 1, Integer::sum);
            }
        }
        Map<String, Constraints.Pin> owners = new HashMap<>();
        counts.forEach((ref, byPin) -> owners.put(ref, byPin.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<Constraints.Pin, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().records.size())
                        .thenComparing(e -> e.getKey().records.contains(naturalSeed.get(ref).recordId())))
                .orElseThrow().getKey()));
        return owners;
    }

    /** The reservation's key: its reference's when it owns that reference (see above), else its first record's. */
    private Cluster cluster(List<Observation> members, Constraints.Pin pin, Map<String, Constraints.Pin> owners) {
        if (pin.wantedId != null) {
            for (Observation o : members) {
                String ref = Keys.reference(o.facts().reference());
                for (String key : ref == null ? List.of(o.key()) : List.of("ref:" + ref, o.key())) {
                    if (ReservationAssembler.reservationId(key).equals(pin.wantedId) && claim.test(key)) {
                        return new Cluster(key, ref != null ? ref : firstReference(members));
                    }
                }
            }
        }
        String firstRef = null;
        for (Observation o : members) {
            String ref = Keys.reference(o.facts().reference());
            if (ref == null) continue;
            if (firstRef == null) firstRef = ref;
            if (owners.get(ref) == pin && claim.test("ref:" + ref)) return new Cluster("ref:" + ref, ref);
        }
        Observation seed = members.get(0);
        String key = seed.key();
        for (int n = 2; !claim.test(key); n++) key = seed.key() + "#" + n;
        return new Cluster(key, firstRef);
    }

    private static String firstReference(List<Observation> members) {
        return members.stream().map(o -> Keys.reference(o.facts().reference())).filter(r -> r != null).findFirst().orElse(null);
    }

    private static int seedRank(DocumentKind k) {
        return switch (k) {
            case BOOKING_CONFIRMATION -> 0;
            case BOOKING_EVENT -> 1;
            case BOOKING_MODIFICATION -> 2;
            case BOOKING_CANCELLATION, CANCELLED_EVENT -> 3;
            case PAYMENT -> 4;
            default -> 5;
        };
    }
}
