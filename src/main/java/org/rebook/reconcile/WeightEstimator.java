package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rebook.common.EveryCore;
import org.rebook.model.DocumentKind;

/**
 * Estimates each level's m and u from the incident itself. Records that carry a booking reference settle
 * their own answer, so they are free labelled examples: each is taken out of its reference's group and
 * compared, as if it had no reference, with the rest of its group (a match) and with every other group the
 * blocking keys bring up (non-matches). Counting levels over those pairs gives m and u; log2(m/u) is the
 * weight, shrunk toward the prior by how few pairs saw the level.
 *
 * <p>Why not plain EM: among blocked candidates the most common non-match is the same customer's other
 * booking, so an unsupervised two-class fit splits "same customer" from "another customer" instead of
 * "same booking" from "another booking". Labels from references avoid that and need no iterations.
 */
final class WeightEstimator {
    /**
     * Labelled probes used at most (and as many unlabelled ones); more adds time, not precision: 10 000 against
     * 20 000 gave the same F1 to the third digit at 10k and 100k reservations and saved 3 s at 100k (benchmarks.md).
     */
    static final int MAX_PROBES = 10_000;
    /** Pairs a level needs before its estimate counts as much as the prior. */
    static final double PRIOR_PAIRS = 30;
    /** No single level may outweigh a booking reference. */
    static final double MAX_WEIGHT = 12;

    private WeightEstimator() { }

    /** What estimation gives: level weights, the weight → probability map fitted under them, and payment descriptions. */
    record Estimate(MatchWeights weights, Calibration calibration, PaymentPurposes purposes) { }

    /** A referenced record taken out of its group: its own reservation and the others blocking brings up. */
    private record Labelled(Probe probe, Cluster own, List<Cluster> others) { }

    /** A labelled record with the level counts of its pairs (its own reservation, each other one). */
    private record Scored(Labelled labelled, Counts counts) { }

    /**
     * Weights from {@code sortedObservations}, or the scorer's own when they hold too few labelled pairs. The
     * reservations compared with are those linking's first pass made of them ({@code pass}: one per reference).
     */
    static Estimate estimate(List<Observation> sortedObservations, FirstPass pass, LinkScorer scorer,
                             double linkThreshold) {
        // A receipt restates its charge, so it is no example of how a record finds its booking.
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        List<Observation> unlabelled = new ArrayList<>();
        for (Observation o : sortedObservations) {
            String ref = Keys.reference(o.facts().reference());
            if (o.facts().kind() == DocumentKind.NOT_BOOKING || o.facts().kind() == DocumentKind.PAYMENT_RECEIPT) continue;
            if (ref != null) groups.computeIfAbsent(ref, k -> new ArrayList<>()).add(o);
            else if (!o.facts().kind().describesBooking()) unlabelled.add(o);
        }
        ClusterIndex index = pass.index;
        int labelled = 0;
        for (List<Observation> g : groups.values()) if (g.size() > 1) labelled += g.size();
        if (labelled < 2 * PRIOR_PAIRS) return new Estimate(scorer.weights(), Calibration.PRIOR, PaymentPurposes.NONE);
        int stride = Math.max(1, (labelled + MAX_PROBES - 1) / MAX_PROBES);
        int seen = 0;
        List<Map.Entry<String, Observation>> chosen = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) continue;
            for (Observation o : g.getValue()) {
                if (seen++ % stride == 0) chosen.add(Map.entry(g.getKey(), o));
            }
        }
        // Each labelled record is scored on its own (on every core); the counts are then added in input order,
        // so the estimate is the same however the work was split.
        List<Scored> scored = EveryCore.map(chosen, e -> {
            String ref = e.getKey();
            Observation o = e.getValue();
            Cluster own = pass.byReference.get(ref).get(0);
            Probe p = new Probe(o);
            Cluster without = withoutRecord(ref, groups.get(ref), o);
            List<Cluster> others = new ArrayList<>();
            Counts counts = new Counts();
            LinkScore mine = scorer.score(p, without);
            counts.match(mine, p.purpose);
            counts.contacts(p, mine, without, 0);
            for (Cluster other : index.candidatesUncounted(p)) {
                if (other != own) {
                    LinkScore theirs = scorer.score(p, other);
                    counts.nonMatch(theirs, p.purpose);
                    counts.contacts(p, theirs, other, 1);
                    others.add(other);
                }
            }
            return new Scored(new Labelled(p, without, others), counts);
        });
        Counts labels = new Counts();
        List<Labelled> probes = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            labels.add(s.counts());
            probes.add(s.labelled());
        }
        // Records without a reference are the ones the weights are for, and they differ (balances at pickup,
        // extras after return carry references less often): label them by the current weights, re-estimate,
        // and do it again (classification EM), so their levels are counted too.
        int unlabelledStride = Math.max(1, (unlabelled.size() + MAX_PROBES - 1) / MAX_PROBES);
        List<Observation> sampled = new ArrayList<>();
        for (int i = 0; i < unlabelled.size(); i += unlabelledStride) sampled.add(unlabelled.get(i));
        // The same every round: only the weights change.
        List<Map.Entry<Probe, java.util.Set<Cluster>>> candidates = EveryCore.map(sampled,
                o -> { Probe p = new Probe(o); return Map.entry(p, index.candidatesUncounted(p)); });
        MatchWeights current = scorer.weights();
        List<Counts> labelledNow = List.of();
        for (int round = 0; round < 2; round++) {
            LinkScorer s = scorer.with(current);
            Counts all = labels.copy();
            labelledNow = EveryCore.map(candidates, e -> {
                List<LinkScore> scores = new ArrayList<>();
                for (Cluster c : e.getValue()) scores.add(s.score(e.getKey(), c));
                scores.sort(java.util.Comparator.comparingDouble((LinkScore x) -> -x.total()));
                Counts counts = new Counts();
                if (scores.isEmpty() || scores.get(0).total() < linkThreshold || !sameCustomer(scores.get(0))) return counts;
                if (scores.size() > 1 && scores.get(0).total() - scores.get(1).total() < 2) return counts; // unsure
                counts.match(scores.get(0), e.getKey().purpose);
                for (int k = 1; k < scores.size(); k++) counts.nonMatch(scores.get(k), e.getKey().purpose);
                return counts;
            });
            labelledNow.forEach(all::add);
            current = all.weights();
        }
        // Which descriptions are bookings' payments: how often each found its booking in the last round.
        PaymentPurposes.Tally purposes = new PaymentPurposes.Tally();
        for (int i = 0; i < candidates.size(); i++) {
            org.rebook.model.BookingFacts f = candidates.get(i).getKey().facts;
            if (f.kind() == DocumentKind.PAYMENT) purposes.add(f.purpose(), labelledNow.get(i).matched);
        }
        return new Estimate(current, calibrate(probes, scorer.with(current)), purposes.purposes());
    }

    /**
     * For each labelled record, the reservation the final weights rank first: its weight, and whether it is
     * the record's own. That is the question a link's confidence answers.
     */
    private static Calibration calibrate(List<Labelled> probes, LinkScorer scorer) {
        List<double[]> links = EveryCore.map(probes, l -> {
            double own = scorer.score(l.probe(), l.own()).total();
            double bestOther = Double.NEGATIVE_INFINITY;
            for (Cluster c : l.others()) bestOther = Math.max(bestOther, scorer.score(l.probe(), c).total());
            return own >= bestOther ? new double[] {own, 1} : new double[] {bestOther, 0};
        });
        return Calibration.fit(links);
    }

    /** Identity agrees and nothing contradicts it: the pair is the same customer, so only the booking is in question. */
    private static boolean sameCustomer(LinkScore s) {
        return s.identity() >= Reconciler.MIN_IDENTITY && !s.contradicted();
    }

    /**
     * Identity levels that say a contact differs, estimated from the incident: how seldom a record's own
     * reservation gives another phone or card, or (for a booking mail or calendar entry) another address than its
     * booking records (m, on the record's own reservation), against how often the other reservations blocking
     * brings up do (u, all of them: that the contact tells customers apart is what is measured). A customer's other
     * bookings mostly share the contact, so they dilute u and keep the estimate on the cautious side.
     *
     * <p>A payment's other address ({@link Level#EMAIL_OTHER}) keeps its prior: estimated the same way it came out
     * near −2.7 bits, and on the 100 000-reservation high-noise demo 27 more bookings within 7 days were missed
     * (docs/benchmarks.md): a payment from a work address under a name dozens of customers share then fell below
     * the identity every link needs, though its time and amount named its booking. The other identity levels keep
     * their priors too: their non-matches would have to be other customers, which references cannot tell.
     */
    static final List<Level> DISAGREEMENTS = List.of(Level.EMAIL_OTHER_BOOKING, Level.PHONE_OTHER, Level.CARD_OTHER);

    /**
     * Level counts over matching and non-matching pairs. Booking levels are estimated against the same
     * customer's other bookings, the choice they decide; the {@link #DISAGREEMENTS} against every other reservation.
     */
    private static final class Counts {
        final Map<Level, long[]> n = new EnumMap<>(Level.class);
        final Map<Comparison, long[]> total = new EnumMap<>(Comparison.class);
        /** The same for payments, per description key, for the levels {@link MatchWeights#BY_PURPOSE} names. */
        final Map<String, Map<Level, long[]>> byPurpose = new java.util.HashMap<>();
        final Map<String, Map<Comparison, long[]>> totalByPurpose = new java.util.HashMap<>();
        /**
         * Per {@link #DISAGREEMENTS} level: {pairs compared, pairs at the level} with the record's own reservation,
         * then the same with every other one blocked.
         */
        final Map<Level, long[]> contacts = new EnumMap<>(Level.class);
        /** A match was counted: the record found its booking. */
        boolean matched;

        /** Counts the contacts the pair compared, and which of them differ, on {@code side} (0 own, 1 other). */
        void contacts(Probe p, LinkScore s, Cluster c, int side) {
            boolean booked = p.facts.kind().describesBooking() && !c.bookingEmails.isEmpty();
            for (int i = 0; i < s.levelCount(); i++) {
                Level l = s.level(i);
                Level differs = switch (l.comparison) {
                    case EMAIL -> booked ? Level.EMAIL_OTHER_BOOKING : null;
                    case PHONE -> Level.PHONE_OTHER;
                    case CARD -> Level.CARD_OTHER;
                    default -> null;
                };
                if (differs == null) continue;
                long[] k = contacts.computeIfAbsent(differs, x -> new long[4]);
                k[2 * side]++;
                if (l == differs) k[2 * side + 1]++;
            }
        }

        void match(LinkScore s, String purpose) {
            matched = true;
            add(s, 0, purpose);
        }

        void nonMatch(LinkScore s, String purpose) {
            if (sameCustomer(s)) add(s, 1, purpose);
        }

        private void add(LinkScore s, int side, String purpose) {
            for (int i = 0; i < s.levelCount(); i++) {
                Level l = s.level(i);
                if (l.comparison.identity) continue;
                n.computeIfAbsent(l, k -> new long[2])[side]++;
                total.computeIfAbsent(l.comparison, k -> new long[2])[side]++;
                if (purpose != null && MatchWeights.BY_PURPOSE.contains(l.comparison)) {
                    byPurpose.computeIfAbsent(purpose, k -> new EnumMap<>(Level.class)).computeIfAbsent(l, k -> new long[2])[side]++;
                    totalByPurpose.computeIfAbsent(purpose, k -> new EnumMap<>(Comparison.class))
                            .computeIfAbsent(l.comparison, k -> new long[2])[side]++;
                }
            }
        }

        void add(Counts other) {
            other.contacts.forEach((l, k) -> {
                long[] mine = contacts.computeIfAbsent(l, x -> new long[4]);
                for (int i = 0; i < k.length; i++) mine[i] += k[i];
            });
            addAll(n, other.n);
            addAll(total, other.total);
            other.byPurpose.forEach((k, v) -> addAll(byPurpose.computeIfAbsent(k, x -> new EnumMap<>(Level.class)), v));
            other.totalByPurpose.forEach((k, v) -> addAll(totalByPurpose.computeIfAbsent(k, x -> new EnumMap<>(Comparison.class)), v));
        }

        private static <K> void addAll(Map<K, long[]> into, Map<K, long[]> from) {
            from.forEach((k, v) -> {
                long[] mine = into.computeIfAbsent(k, x -> new long[2]);
                mine[0] += v[0];
                mine[1] += v[1];
            });
        }

        Counts copy() {
            Counts c = new Counts();
            c.add(this);
            return c;
        }

        MatchWeights weights() {
            Map<Level, Double> weights = new EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                if (l.comparison.identity) continue;
                weights.put(l, estimate(l, n, total, l.prior));
            }
            Map<Level, long[]> levelPairs = new EnumMap<>(n);
            for (Level l : DISAGREEMENTS) {
                long[] k = contacts.getOrDefault(l, new long[4]);
                double m = (k[1] + 0.5) / (k[0] + 1.0);
                double u = (k[3] + 0.5) / (k[2] + 1.0);
                weights.put(l, shrunk(m, u, k[1] + k[3], l.prior));
                levelPairs.put(l, new long[] {k[1], k[3]});
            }
            // A description's own weights shrink toward the overall ones: with few pairs they are the overall ones.
            Map<String, Map<Level, Double>> purposeWeights = new java.util.TreeMap<>();
            Map<String, Map<Level, long[]>> purposePairs = new java.util.TreeMap<>();
            totalByPurpose.forEach((purpose, totals) -> {
                long pairs = totals.values().stream().mapToLong(t -> t[0] + t[1]).sum();
                if (pairs < PRIOR_PAIRS) return;
                Map<Level, long[]> counts = byPurpose.get(purpose);
                Map<Level, Double> own = new EnumMap<>(Level.class);
                for (Level l : Level.values()) {
                    if (MatchWeights.BY_PURPOSE.contains(l.comparison) && totals.containsKey(l.comparison)) {
                        own.put(l, estimate(l, counts, totals, weights.get(l)));
                    }
                }
                purposeWeights.put(purpose, own);
                purposePairs.put(purpose, counts);
            });
            return MatchWeights.of(weights, levelPairs, purposeWeights, purposePairs);
        }

        /** log2(m/u) from the counts, shrunk toward {@code toward} by how few pairs saw the level. */
        private static double estimate(Level l, Map<Level, long[]> counts, Map<Comparison, long[]> totals, double toward) {
            long[] k = counts.getOrDefault(l, new long[2]);
            long[] t = totals.getOrDefault(l.comparison, new long[2]);
            int levels = levelsOf(l.comparison);
            double m = (k[0] + 0.5) / (t[0] + 0.5 * levels);
            double u = (k[1] + 0.5) / (t[1] + 0.5 * levels);
            return shrunk(m, u, k[0] + k[1], toward);
        }

        /** log2(m/u) shrunk toward {@code toward} by how few pairs ({@code support}) saw the level, within ±{@link #MAX_WEIGHT}. */
        private static double shrunk(double m, double u, double support, double toward) {
            double data = Math.log(m / u) / Math.log(2);
            double w = (support * data + PRIOR_PAIRS * toward) / (support + PRIOR_PAIRS);
            return Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, w));
        }
    }

    private static int levelsOf(Comparison c) {
        int n = 0;
        for (Level l : Level.values()) if (l.comparison == c) n++;
        return n;
    }

    /** The group's reservation as the linker would build it, without {@code left}. */
    private static Cluster withoutRecord(String ref, List<Observation> group, Observation left) {
        Cluster c = new Cluster("ref:" + ref, ref);
        for (Observation o : group) {
            if (o != left) c.add(Member.byReference(o, "", 1.0, null), new Probe(o));
        }
        return c;
    }
}
