package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.UnmatchedRecord;

/**
 * Linking's first pass, the most certain: records that are not about bookings are set aside with the
 * extractor's reason, and records sharing a booking reference form one reservation. What it leaves is split
 * into booking records and the rest, for the passes after it. Weight estimation learns from the reservations
 * it makes ({@link WeightEstimator}).
 */
final class FirstPass {
    private static final double REFERENCE_LINK_CONFIDENCE = 0.99;

    /** Every reservation so far, in the order they were started (the ones people shaped, if any, first). */
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final Map<String, List<Cluster>> byReference = new HashMap<>();
    final ClusterIndex index;
    final List<UnmatchedRecord> unmatched = new ArrayList<>();
    final List<Observation> bookingsWithoutRef = new ArrayList<>();
    final List<Observation> restWithoutRef = new ArrayList<>();

    FirstPass(ClusterIndex index) { this.index = index; }

    /**
     * Runs the pass over {@code observations} (in {@link RecordOrder}), leaving out the records staff {@code placed}
     * and respecting records {@code constraints} keep apart. A reservation takes its reference's key when
     * {@code claim} grants it, else the key {@code recordKey} claims for its first record.
     */
    void run(List<Observation> observations, Set<Long> placed, Constraints constraints, Predicate<String> claim,
             Function<Observation, String> recordKey) {
        // Built on every core first: a probe is its record's alone.
        List<Probe> referencedProbes = Probe.ofReferenced(observations, placed);
        // Filed in the index after the pass, all at once on every core, as filing each in turn would file them.
        ClusterIndex.Filing filing = new ClusterIndex.Filing();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (placed.contains(o.recordId())) continue;
            BookingFacts f = o.facts();
            String ref = Keys.reference(f.reference());
            if (f.kind() == DocumentKind.NOT_BOOKING) {
                unmatched.add(new UnmatchedRecord(o.recordId(), o.source(), o.nativeId(),
                        f.notBookingReason() == null ? "not about a booking" : f.notBookingReason()));
            } else if (ref != null) {
                List<Cluster> sameRef = byReference.computeIfAbsent(ref, k -> new ArrayList<>());
                Cluster c = sameRef.stream().filter(x -> constraints.allows(o.recordId(), x.recordIds)).findFirst().orElse(null);
                if (c == null && !sameRef.isEmpty()) {
                    // A person kept this record apart from the reservation of its reference: link it on its merits.
                    (f.kind().describesBooking() ? bookingsWithoutRef : restWithoutRef).add(o);
                    continue;
                }
                if (c == null) {
                    String key = claim.test("ref:" + ref) ? "ref:" + ref : recordKey.apply(o);
                    c = new Cluster(key, ref);
                    clusters.put(key, c);
                    sameRef.add(c);
                }
                String reason = c.members.isEmpty() ? "carries booking reference " + ref : "same booking reference " + ref;
                Probe p = referencedProbes.set(i, null);
                c.add(Member.byReference(o, reason, REFERENCE_LINK_CONFIDENCE, c.members.isEmpty() ? null : ref), p);
                filing.add(c, p, index.clusterKeys(c, p)); // what the reservation holds now, not at the end
            } else if (f.kind().describesBooking()) {
                bookingsWithoutRef.add(o);
            } else {
                restWithoutRef.add(o);
            }
        }
        index.indexAll(filing);
    }
}
