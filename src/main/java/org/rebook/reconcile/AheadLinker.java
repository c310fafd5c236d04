package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.common.EveryCore;

/**
 * Decides records in order, exactly as deciding them one at a time would, on every core. A batch of records
 * is decided at once against the reservations as they stand (nothing changes meanwhile), then the decisions
 * are applied in order. A record whose look-up would now find other reservations, or one of whose candidates
 * changed earlier in the batch, is decided again, comparing anew only the candidates that are new or changed:
 * what a decision depends on is its candidates' state, and that is all that is checked.
 */
final class AheadLinker<D> {
    /** One candidate as a decision sees it: its score, or none when it has no room or staff kept them apart. */
    record Weighed(Cluster cluster, LinkScore score, boolean keptApart) { }

    /** How records are judged: comparing with one candidate (costly), and choosing among the compared (cheap). */
    interface Judge<D> {
        Weighed weigh(Probe p, Cluster c);

        D decide(Probe p, List<Weighed> weighed);
    }

    /** Acts on a decision; returns the reservation it changed or started, if any. */
    interface Apply<D> {
        Cluster apply(Observation o, Probe p, D decision);
    }

    private record Ahead<D>(Observation observation, Probe probe, ClusterIndex.Lookup lookup, List<Weighed> weighed,
                            D decision) { }

    private final ClusterIndex index;
    private final int batch;
    private final Judge<D> judge;

    AheadLinker(ClusterIndex index, int batch, Judge<D> judge) {
        this.index = index;
        this.batch = batch;
        this.judge = judge;
    }

    void link(List<Observation> records, Apply<D> apply) {
        for (int from = 0; from < records.size(); from += batch) {
            List<Ahead<D>> ahead = EveryCore.map(records.subList(from, Math.min(records.size(), from + batch)),
                    this::decideAhead);
            Set<Cluster> changed = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Ahead<D> a : ahead) {
                ClusterIndex.Lookup l = a.lookup();
                D decision = a.decision();
                boolean moved = !index.stillHolds(l);
                if (moved || meetsAny(l.clusters(), changed)) {
                    if (moved) l = index.lookup(a.probe());
                    decision = judge.decide(a.probe(), reweigh(a, l, changed));
                }
                index.count(l);
                Cluster touched = apply.apply(a.observation(), a.probe(), decision);
                if (touched != null) changed.add(touched);
            }
        }
    }

    /** Whether the two share a reservation, looking up the members of the smaller in the larger (both hash sets). */
    private static boolean meetsAny(Set<Cluster> candidates, Set<Cluster> changed) {
        Set<Cluster> small = candidates.size() <= changed.size() ? candidates : changed;
        Set<Cluster> large = small == candidates ? changed : candidates;
        for (Cluster c : small) if (large.contains(c)) return true;
        return false;
    }

    /** Reads only: safe on several threads while nothing is applied. */
    private Ahead<D> decideAhead(Observation o) {
        Probe p = new Probe(o);
        ClusterIndex.Lookup l = index.lookup(p);
        List<Weighed> weighed = new ArrayList<>(l.clusters().size());
        for (Cluster c : l.clusters()) weighed.add(judge.weigh(p, c));
        return new Ahead<>(o, p, l, weighed, judge.decide(p, weighed));
    }

    /** Today's candidates, in look-up order, reusing each comparison whose candidate has not changed since. */
    private List<Weighed> reweigh(Ahead<D> a, ClusterIndex.Lookup now, Set<Cluster> changed) {
        Map<Cluster, Weighed> before = new IdentityHashMap<>();
        for (Weighed w : a.weighed()) before.put(w.cluster(), w);
        List<Weighed> out = new ArrayList<>(now.clusters().size());
        for (Cluster c : now.clusters()) {
            Weighed w = changed.contains(c) ? null : before.get(c);
            out.add(w != null ? w : judge.weigh(a.probe(), c));
        }
        return out;
    }
}
