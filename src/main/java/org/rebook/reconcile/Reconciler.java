package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.model.DocumentKind;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;
import org.rebook.model.UnmatchedRecord;

/**
 * Groups records into reservations. Passes, most certain first:
 * <ol>
 *   <li>({@link FirstPass}) records that are not about bookings are set aside with the extractor's reason, and
 *       records sharing a booking reference form one reservation (weights are estimated on these, unless given);</li>
 *   <li>booking mails and calendar entries without a reference join the reservation they match (customer
 *       identity and pickup day), or start their own;</li>
 *   <li>payments, receipts and replies without a reference join the best-matching reservation when the
 *       evidence is strong enough, else stay unmatched with the reason.</li>
 * </ol>
 * Deterministic: input is sorted first and ties are broken by id.
 */
public final class Reconciler {
    /** Records decided ahead at once on every core; see {@link AheadLinker}. */
    static final int LINK_BATCH = 64;
    /** Identity weight from which a record is taken to be the customer's (also what the estimator trusts). */
    static final double MIN_IDENTITY = 3.0;
    private static final double AMBIGUITY_MARGIN = 1.0;
    private static final double SAME_CUSTOMER_MARGIN = 3.0;
    /**
     * Booking weight (bits) from which, with several of the customer's bookings in sight, time and amount together
     * say a record is about none of them: 64 to 1 against. At −4 (a single comparison's {@link LinkScore#RULED_OUT})
     * a small incident, too small to weigh extras by their description, lost a repeat customer's fuel charges made
     * at return.
     */
    private static final double NOT_THIS_BOOKING = -6.0;
    /** How far below the auto-accept confidence a link on a doubtful identity is kept, so it is always reviewed. */
    private static final double WEAK_IDENTITY_DISCOUNT = 0.05;
    /**
     * A booking's payment that fits no reservation starts one of its own. Whether it is a booking of its own
     * or a missed link to one is even odds: a person decides, so it is always reviewed.
     */
    private static final double ORPHAN_PAYMENT_CONFIDENCE = 0.5;
    /** The link probability from which a booking record or payment joins a reservation rather than starting its own. */
    private static final double EVEN_ODDS = 0.5;

    private final ReconcileSettings settings;
    private Constraints constraints = Constraints.none();
    private Set<String> usedIds = new HashSet<>();
    private java.util.function.Predicate<String> taken = id -> false;
    private PaymentPurposes purposes = PaymentPurposes.NONE;
    private UnrecordedBookings unrecorded = UnrecordedBookings.NONE;

    private int linkBatch = LINK_BATCH;

    public Reconciler(ReconcileSettings settings) { this.settings = settings; }

    /** With another batch size for deciding ahead (1: strictly one record at a time); for tests. */
    Reconciler withLinkBatch(int records) {
        this.linkBatch = records;
        return this;
    }

    public ReconcileResult reconcile(List<Observation> input) {
        return reconcile(input, Constraints.none(), Set.of());
    }

    /**
     * Links {@code input} while respecting people's decisions. {@code takenIds} are reservation ids in use
     * outside {@code input} (when only the reservations around a decision are recomputed), so ids stay unique.
     */
    public ReconcileResult reconcile(List<Observation> input, Constraints constraints, Set<String> takenIds) {
        return reconcile(input, constraints, takenIds::contains, Scoring.learn(input, settings));
    }

    /**
     * As above, with {@code scoring} learnt from the whole incident (the input may be a part of it), asking
     * {@code taken} about each id it would use (few when recomputing around one decision).
     */
    public ReconcileResult reconcile(List<Observation> input, Constraints constraints,
                                     java.util.function.Predicate<String> taken, Scoring scoring) {
        return run(input, constraints, taken, scoring, () -> { }).result();
    }

    /** A whole incident's reconcile: the reservations, and the scoring learnt on the way (for the workspace to keep). */
    public record Learnt(ReconcileResult result, Scoring scoring) { }

    /**
     * Learns scoring from the whole of {@code input}, as {@link Scoring#learn} does, then links it; {@code estimated}
     * is told when the weights are known and linking proper starts. With no decisions to respect, estimation
     * learns from the reservations this run's own first pass makes, which are the ones {@link Scoring#learn}
     * builds: building them twice cost a second of CPU and, kept beside linking's, a full collection of the heap
     * at 100k reservations. With decisions, the first pass is shaped by them and estimation must not be: then
     * estimation builds its own, so decisions never change the weights.
     */
    public Learnt reconcileLearning(List<Observation> input, Constraints constraints,
                                    java.util.function.Predicate<String> taken, Runnable estimated) {
        if (constraints.shapeLinking()) {
            Scoring scoring = Scoring.learn(input, settings);
            estimated.run();
            return run(input, constraints, taken, scoring, () -> { });
        }
        return run(input, constraints, taken, null, estimated);
    }

    /** Scoring learnt from {@code sorted} (in {@link RecordOrder}): frequencies, then weights estimated on the first pass. */
    static Scoring learn(List<Observation> sorted, ReconcileSettings settings) {
        Reconciler r = new Reconciler(settings); // its ids are claimed as a whole run would claim them
        Scoring frequencies = Scoring.frequencies(sorted);
        FirstPass pass = new FirstPass(new ClusterIndex(frequencies.tariff));
        pass.run(sorted, Set.of(), Constraints.none(), r::claim, r::claimRecordKey);
        return frequencies.estimated(sorted, pass, settings);
    }

    /** With {@code given} null, scoring is learnt after the first pass; then no decision may shape linking. */
    private Learnt run(List<Observation> input, Constraints constraints, java.util.function.Predicate<String> taken,
                       Scoring given, Runnable estimated) {
        List<Observation> observations = RecordOrder.sorted(input);
        this.constraints = constraints;
        this.usedIds = new HashSet<>();
        this.taken = taken;
        Scoring frequencies = given != null ? given : Scoring.frequencies(observations);
        FirstPass pass = new FirstPass(new ClusterIndex(frequencies.tariff));
        Set<Long> placed = new HashSet<>();
        for (Observation o : observations) {
            Long decision = constraints.notBookingDecision(o.recordId());
            if (decision != null) {
                pass.unmatched.add(unmatched(o, "marked as not a booking by staff (decision #" + decision + ")"));
                placed.add(o.recordId());
            }
        }
        if (given != null) {
            new PinnedClusters(observations, constraints, given.scorer(), this::claim)
                    .place(placed, pass.clusters, pass.byReference, pass.index);
        }
        pass.run(observations, placed, constraints, this::claim, this::claimRecordKey);
        Scoring scoring = given != null ? given : frequencies.estimated(observations, pass, settings);
        estimated.run();
        this.purposes = scoring.purposes;
        this.unrecorded = scoring.unrecorded;
        return new Learnt(link(observations, pass, scoring.scorer()), scoring);
    }

    /** The passes after the first: records without a reference, then orphan payments and receipts. */
    private ReconcileResult link(List<Observation> observations, FirstPass pass, LinkScorer scorer) {
        Map<String, Cluster> clusters = pass.clusters;
        List<UnmatchedRecord> unmatched = pass.unmatched;
        ClusterIndex index = pass.index;
        List<Observation> bookingsWithoutRef = pass.bookingsWithoutRef;
        List<Observation> restWithoutRef = pass.restWithoutRef;
        ParallelSort.sort(bookingsWithoutRef, RecordOrder.BOOKINGS_FIRST);
        linker(index, scorer).link(bookingsWithoutRef, (o, p, d) -> {
            if (attach(d, o, p, index)) return d.cluster;
            return start(Member.byReference(o, "booking details without a reference; starts this reservation", 1.0, null),
                    p, clusters, index);
        });

        // Receipts restate one charge each: they follow that charge instead of being matched on their own.
        List<Observation> receipts = restWithoutRef.stream()
                .filter(o -> o.facts().kind() == DocumentKind.PAYMENT_RECEIPT).toList();
        List<Observation> allPayments = observations.stream().filter(o -> o.facts().kind() == DocumentKind.PAYMENT).toList();
        Map<Observation, Observation> receiptOf = ReceiptMatcher.pair(receipts, allPayments);
        restWithoutRef.removeIf(receiptOf::containsKey);

        // Payments in time order so a deposit is counted before the balance it explains.
        ParallelSort.sort(restWithoutRef, Comparator.comparing((Observation o) -> o.facts().recordedAt(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(RecordOrder.BY_ID));
        List<Map.Entry<Observation, String>> orphans = new ArrayList<>();
        linker(index, scorer).link(restWithoutRef, (o, p, d) -> {
            if (attach(d, o, p, index)) return d.cluster;
            if (purposes.isBookingPayment(o.facts())) orphans.add(Map.entry(o, d.reason));
            else unmatched.add(unmatched(o, d.reason));
            return null;
        });
        // After every link is made, so a booking's own records always had the first claim on these payments.
        Map<Observation, OrphanPairing.Pair> pairs = OrphanPairing.pair(orphans.stream().map(Map.Entry::getKey).toList(),
                index, scorer, (o, c) -> constraints.allows(o.recordId(), c.recordIds));
        for (Map.Entry<Observation, String> orphan : orphans) {
            Observation o = orphan.getKey();
            OrphanPairing.Pair pair = pairs.get(o);
            if (pair != null) {
                double confidence = heldForReview(Math.max(scorer.probability(pair.score()), EVEN_ODDS));
                attach(new Decision(pair.cluster(), pair.reason(), confidence, pair.score().weights()), o, pair.probe(), index);
                continue;
            }
            String reason = "money taken for a booking no other record shows ("
                    + purposes.explain(o.facts().purpose()) + "); " + orphan.getValue();
            start(new Member(o, reason, ORPHAN_PAYMENT_CONFIDENCE, List.of()), new Probe(o), clusters, index);
        }

        ReceiptMatcher.place(receiptOf, clusters, unmatched, index, constraints);

        List<Reservation> reservations = new ReservationAssembler(settings).assembleAll(clusters.values(), constraints);
        unmatched.sort(Comparator.comparing((UnmatchedRecord u) -> u.source().code()).thenComparing(UnmatchedRecord::sourceId));
        return new ReconcileResult(reservations, unmatched, index.pairsByRule());
    }

    private record Decision(Cluster cluster, String reason, double confidence, List<org.rebook.model.LinkWeight> weights) {
        static Decision none(String reason) { return new Decision(null, reason, 0, List.of()); }
    }

    private AheadLinker<Decision> linker(ClusterIndex index, LinkScorer scorer) {
        return new AheadLinker<>(index, linkBatch, new AheadLinker.Judge<>() {
            @Override public AheadLinker.Weighed weigh(Probe p, Cluster c) { return Reconciler.this.weigh(p, c, scorer); }

            @Override public Decision decide(Probe p, List<AheadLinker.Weighed> weighed) {
                return Reconciler.this.decide(p, weighed, scorer);
            }
        });
    }

    /** Starts a reservation from one record, under the record's own key. */
    private Cluster start(Member first, Probe p, Map<String, Cluster> clusters, ClusterIndex index) {
        Cluster c = new Cluster(claimRecordKey(first.observation()), null);
        c.add(first, p);
        clusters.put(c.seedKey, c);
        index.index(c, p);
        return c;
    }

    /** Adds the record to the reservation the decision chose; false when it chose none. */
    private static boolean attach(Decision d, Observation o, Probe p, ClusterIndex index) {
        if (d.cluster == null) return false;
        d.cluster.add(new Member(o, d.reason, d.confidence, d.weights), p);
        index.index(d.cluster, p);
        return true;
    }

    /** The costly part of a decision: comparing the record with one candidate. Reads the candidate, changes nothing. */
    private AheadLinker.Weighed weigh(Probe p, Cluster c, LinkScorer scorer) {
        if (!c.hasRoomFor(p)) return new AheadLinker.Weighed(c, null, false);
        if (!constraints.allows(p.observation.recordId(), c.recordIds)) return new AheadLinker.Weighed(c, null, true);
        return new AheadLinker.Weighed(c, scorer.score(p, c), false);
    }

    /**
     * Two questions, in order: which reservations are this customer's (identity strong and not contradicted, or
     * close to the best), and among those which booking this record is about (time and amount). Asking them
     * separately keeps a repeat customer's balance payment from joining whichever booking holds most evidence.
     */
    private Decision decide(Probe p, List<AheadLinker.Weighed> weighed, LinkScorer scorer) {
        List<Scored> scored = new ArrayList<>();
        boolean keptApart = false;
        for (AheadLinker.Weighed w : weighed) {
            if (w.score() != null) scored.add(new Scored(w.cluster(), w.score()));
            keptApart |= w.keptApart();
        }
        if (scored.isEmpty()) {
            return Decision.none(keptApart ? "staff took it out of the reservation it matched; no other reservation fits"
                    : UnmatchedReasons.noCandidate(p.facts));
        }
        scored = sameCustomer(scored, scorer);
        double bestIdentity = scored.stream().mapToDouble(s -> s.score.identity()).max().orElse(0);
        List<Scored> customer = scored.stream()
                // Same customer: nothing disagrees, or the identity is about as strong as the best one's.
                .filter(s -> s.score.identity() >= MIN_IDENTITY
                        && (!s.score.contradicted() || s.score.identity() >= bestIdentity - SAME_CUSTOMER_MARGIN)
                        // Only the name to go by, and it agrees: as likely the customer as the best one when that
                        // one has little more (a namesake whose entry gives no address beside one paid from work).
                        || bestIdentity >= MIN_IDENTITY && s.score.identity() >= bestIdentity - SAME_CUSTOMER_MARGIN
                        && s.score.identity() > 0 && s.score.nameAgrees())
                .toList();
        // Booking weights are estimated against the customer's other bookings. With no other booking in
        // sight there is nothing to tell apart: only what rules the booking out (a date outside its period, money
        // it no longer needs, a rental payment made at its return) still counts against it.
        boolean alone = customer.size() == 1;
        // The customer's booking payment may be for a booking no other record shows (UnrecordedBookings).
        double unseen = p.facts.kind() == DocumentKind.PAYMENT && purposes.isBookingPayment(p.facts)
                ? unrecorded.weightToBeat(customer.size()) : Double.NEGATIVE_INFINITY;
        List<Scored> eligible = customer.stream()
                // However surely it is the customer: money this booking cannot take, or money that seldom pays for any.
                .filter(s -> !s.score.excluded())
                // Among several bookings of the customer, one that time and amount put far against is not this
                // record's however sure the customer is: likely it is a booking no other record shows.
                .filter(s -> s.score.total() >= settings.linkThreshold() && (alone || s.bookingWeight() > NOT_THIS_BOOKING)
                        || alone && !s.score.ruledOut() && s.score.identity() >= settings.linkThreshold())
                .filter(s -> s.bookingWeight() > unseen)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.bookingWeight())
                        .thenComparingDouble(s -> -s.score.identity())
                        // A tie between the reservation the record's own details name and one only lifted to it
                        // (same name, nothing disagrees): the one whose details the record shares is likelier.
                        .thenComparingDouble(s -> -s.score.ownIdentity())
                        .thenComparing(s -> s.cluster.seedKey))
                .toList();
        if (eligible.isEmpty()) {
            Decision weak = weakIdentity(p, scored, scorer);
            if (weak != null) return weak;
            Scored closest = scored.stream().max(Comparator.comparingDouble((Scored s) -> s.score.total())
                    .thenComparing(s -> s.cluster.seedKey, Comparator.reverseOrder())).orElseThrow();
            return Decision.none(String.format(java.util.Locale.ROOT, "closest reservation %s is not a strong enough match: %s",
                    ReservationAssembler.reservationId(closest.cluster.seedKey), closest.score.summary()));
        }
        Scored best = eligible.get(0);
        double confidence = scorer.probability(best.score);
        String reason = best.score.summary();
        if (eligible.size() > 1 && best.bookingWeight() - eligible.get(1).bookingWeight() < AMBIGUITY_MARGIN) {
            confidence = Math.min(confidence, 0.5);
            reason = "ambiguous, another booking of this customer fits as well ("
                    + ReservationAssembler.reservationId(eligible.get(1).cluster.seedKey) + "); " + reason;
        }
        return new Decision(best.cluster, reason, confidence, best.score.weights());
    }

    /**
     * People pay from a work or family address: then only the name speaks for the customer, and a name many
     * people share is too weak to pass the identity gate. Such a record still links when the name agrees and
     * the booking evidence (paid at booking time, the exact total) alone makes the link as likely as one that
     * is accepted without review, with no rival close behind. It is always left for review.
     *
     * <p>A payment of a kind this incident's bookings receive ({@link PaymentPurposes}) belongs to some
     * booking: to this reservation, or to one nobody recorded (step 5). A calendar entry or booking mail is a
     * booking: this reservation's, or one of its own. Either way the likelier of the two wins, so the link is
     * made from even odds on.
     */
    private Decision weakIdentity(Probe p, List<Scored> scored, LinkScorer scorer) {
        boolean aBooking = purposes.isBookingPayment(p.facts) || p.facts.kind().describesBooking();
        double needed = aBooking ? EVEN_ODDS : settings.autoAccept();
        List<Scored> weak = scored.stream()
                // Booking evidence agrees: it speaks for this booking, and nothing in it rules the booking out.
                .filter(s -> s.score.identity() > 0 && s.score.nameAgrees() && !s.score.ruledOut() && s.bookingWeight() > 0)
                .filter(s -> scorer.probability(s.score) >= needed)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score.total()).thenComparing(s -> s.cluster.seedKey))
                .toList();
        if (weak.isEmpty()) return null;
        Scored best = weak.get(0);
        boolean rival = scored.stream().anyMatch(s -> s != best && s.score.total() > best.score.total() - AMBIGUITY_MARGIN);
        if (rival) return null;
        double confidence = heldForReview(scorer.probability(best.score));
        return new Decision(best.cluster, "customer details differ in part, booking evidence agrees; " + best.score.summary(),
                confidence, best.score.weights());
    }

    /** A link a person always reviews: its confidence kept below the auto-accept line. */
    private double heldForReview(double p) { return Math.min(p, settings.autoAccept() - WEAK_IDENTITY_DISCOUNT); }

    /**
     * A record that surely belongs to one customer belongs as surely to that customer's other bookings when
     * they share a full name and nothing disagrees: identity is a property of the customer, not the booking.
     * Which booking it is about is then left to time and amount.
     *
     * <p>Two bookings that share an address or phone of their own as well as the full name are one customer's
     * whatever the record says: it is then exactly as likely to be that customer's on either, so each takes the
     * surer one's identity, disagreement included (a work address the customer has not paid from before
     * disagrees with both).
     */
    private static List<Scored> sameCustomer(List<Scored> scored, LinkScorer scorer) {
        // Loops, not streams: this runs for every record decided, over every candidate (a stream's max and the
        // name sets' iterators were most of its 1.1 s of CPU at 100k reservations).
        Scored strongest = scored.get(0);
        for (int i = 1; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int c = Double.compare(s.score.identity(), strongest.score.identity());
            if (c > 0 || c == 0 && s.cluster.seedKey.compareTo(strongest.cluster.seedKey) < 0) strongest = s;
        }
        if (strongest.score.identity() < MIN_IDENTITY) return scored;
        List<String> fullNames = strongest.cluster.fullNameKeys();
        if (fullNames.isEmpty()) return scored;
        boolean sure = !strongest.score.contradicted();
        List<Scored> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            boolean lift = s != strongest && s.score.identity() < strongest.score.identity()
                    && s.cluster.hasAnyName(fullNames)
                    && (sure && !s.score.contradicted() || s.cluster.sharesContact(strongest.cluster, scorer::sharedEmail));
            if (lift) {
                out.add(new Scored(s.cluster, s.score.lifted(strongest.score.identity(), strongest.score.contradicted(),
                        "same customer as " + ReservationAssembler.reservationId(strongest.cluster.seedKey))));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Takes a seed key if its reservation id is still free. */
    private boolean claim(String key) {
        String id = ReservationAssembler.reservationId(key);
        return !taken.test(id) && usedIds.add(id);
    }

    /** A record's own key: unique, unless a recompute of part of the workspace already used it. */
    private String claimRecordKey(Observation o) {
        String key = o.key();
        for (int n = 2; !claim(key); n++) key = o.key() + "#" + n;
        return key;
    }

    private record Scored(Cluster cluster, LinkScore score) {
        double bookingWeight() { return score.bookingWeight(); }
    }

    private static UnmatchedRecord unmatched(Observation o, String reason) {
        return new UnmatchedRecord(o.recordId(), o.source(), o.nativeId(), reason);
    }
}
