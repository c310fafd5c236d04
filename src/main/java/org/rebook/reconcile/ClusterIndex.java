package org.rebook.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.common.EveryCore;
import org.rebook.model.BookingFacts;

/**
 * Blocking: finds the few reservations a record could belong to through shared keys (email, phone, full
 * name, name words, card last4, amount on the day, a name word on the booking's pickup or booking day, a name
 * word with the booking's price, stated or usual, mail thread) instead of comparing it with every reservation. Keys shared by too many reservations (a business's
 * own address, "Silva") are skipped: they cannot tell bookings apart anyway. Counts the pairs each rule proposes, so growth stays visible.
 *
 * <p>The name word + day rule is the widest (more than half of all pairs at 100 000 reservations) and is there for
 * records whose address reaches no booking of theirs: a work or family address, a typo, an entry with none. A
 * payment, receipt or reply whose address, under the same name, already has a reservation on the day it was made
 * has found its customer's bookings of that day through the address. It still meets the namesakes of its day
 * whose records there carry no address (a calendar entry, a payment without one), which the address could never
 * reach, but not the rest: comparing it with every namesake who booked by mail is skipped. The address's other
 * bookings, and whatever the full name, card, amount on the day or usual price bring up, are still compared. A
 * calendar entry or booking mail always meets every namesake of its pickup day: it is a booking itself, and the
 * same customer's other booking that day, or the same booking on another calendar not yet joined to it, would
 * stop its search short.
 */
final class ClusterIndex {
    private static final int MAX_BLOCK = BlockTable.FULL - 1;
    /** A full name shared by more bookings than this is not worth comparing against one by one. */
    private static final int MAX_NAME_BLOCK = 60;
    /** Single name words ("maria", "silva") are shared by many bookings: only rare ones are worth a look. */
    private static final int MAX_WORD_BLOCK = 40;
    /**
     * How near midnight a look-up also takes the next day's blocks: as long as "made at pickup" reaches
     * ({@link LinkScorer}), which covers "made at booking time" too.
     */
    static final java.time.Duration DAY_EDGE = java.time.Duration.ofHours(3);

    /** Rule names by key prefix, in report order. */
    static final Map<String, String> RULES = rules();

    private static Map<String, String> rules() {
        Map<String, String> r = new java.util.LinkedHashMap<>();
        r.put("e:", "email");
        r.put("p:", "phone");
        r.put("n:", "full name");
        r.put("t:", "name word");
        r.put("d:", "name word + day");
        r.put("c:", "card last4");
        r.put("a:", "amount + date");
        r.put("u:", "name word + price");  // the stated or usual price, or the usual deposit on it
        r.put("m:", "mail thread");
        r.put("d0:", "name word + day, no address");
        return java.util.Collections.unmodifiableMap(r);
    }

    private final BlockTable blocks = new BlockTable();
    private final long[] pairs = new long[RULES.size()];
    /** The incident's usual prices, for bookings that state none; null when not known. */
    private final Tariff tariff;

    ClusterIndex(Tariff tariff) { this.tariff = tariff; }

    void index(Cluster c, Probe p) {
        BlockKeys keys = keysOf(p, clusterKeys(c, p));
        // Added without a size check: a block past its limit is skipped by candidates() anyway, and a check here
        // (false for almost every key, true for a few hundred thousand additions at 100k reservations) made the
        // JIT trap into the interpreter on every true case (432 k deoptimisations measured by JFR).
        for (int i = 0; i < keys.size(); i++) blocks.add(keys.hash(i), c);
    }

    /**
     * Records to file at once ({@link #indexAll}), in order, each with its reservation and what that reservation
     * gave it to be filed under when it joined ({@link #clusterKeys}, null for nothing): the reservation may
     * have grown since.
     */
    static final class Filing {
        private record Filed(Cluster cluster, Probe probe, BlockKeys fromCluster) { }

        private final List<Filed> filed = new java.util.ArrayList<>();

        void add(Cluster c, Probe p, BlockKeys fromCluster) { filed.add(new Filed(c, p, fromCluster)); }
    }

    /**
     * {@link #index} for each record of {@code filing}, in order, with the work done on every core: the index ends
     * as filing them one by one would leave it.
     */
    void indexAll(Filing filing) {
        List<BlockKeys> keys = EveryCore.map(filing.filed, f -> keysOf(f.probe(), f.fromCluster()));
        blocks.addAll(filing.filed.stream().map(Filing.Filed::cluster).toList(), keys);
    }

    /** What {@code p} is filed under: its own keys and those its reservation gave it ({@link #clusterKeys}; may be null). */
    private BlockKeys keysOf(Probe p, BlockKeys fromCluster) {
        BlockKeys keys = recordKeys(p);
        if (fromCluster != null) keys.addAll(fromCluster);
        return keys;
    }

    /** The keys {@code p} is filed under whatever reservation it joins. */
    private BlockKeys recordKeys(Probe p) {
        BlockKeys keys = keys(p);
        if (p.messageId != null) keys.add(BlockKeys.THREAD, p.messageId); // later mails of the thread find it here
        BookingFacts f = p.facts;
        // A payment of the whole total on the day of booking or of pickup: the amount + date rule.
        if (f.kind().describesBooking() && f.totalPrice() != null) {
            if (f.recordedAt() != null && f.kind() != org.rebook.model.DocumentKind.BOOKING_EVENT) {
                keys.add(BlockKeys.AMOUNT_DAY, plain(f.totalPrice()), f.recordedAt());
            }
            if (f.pickupAt() != null) keys.add(BlockKeys.AMOUNT_DAY, plain(f.totalPrice()), f.pickupAt());
            // Name word + price: the total, or the usual deposit on it, paid on any day. On a busy day a standard
            // price is on too many bookings for the amount + date block, and a common name on too many for the
            // full-name block; a name word with the price still finds the few that could be this payment's.
            for (java.math.BigDecimal price : pricesPaidFor(f.totalPrice())) addPriceKeys(keys, p, price);
        }
        // Name word + day: a common full name ("Maria Silva" on sixty bookings) is too big a block to compare
        // against, but few of those bookings start, or were made, on one given day.
        if (f.pickupAt() != null) {
            addDayKeys(keys, p, f.pickupAt());
            addAddressDayKey(keys, p, f.pickupAt());
        }
        if (f.recordedAt() != null && f.kind() != org.rebook.model.DocumentKind.BOOKING_EVENT
                && f.kind() != org.rebook.model.DocumentKind.CANCELLED_EVENT) {
            addDayKeys(keys, p, f.recordedAt());
            addAddressDayKey(keys, p, f.recordedAt());
        }
        return keys;
    }

    /**
     * The keys {@code p} is filed under because of what its reservation {@code c} holds now, null when none
     * (nearly always). Name word + usual price: a calendar entry states no price and its payment is often from
     * weeks before pickup, so neither the amount nor the day brings them together; the car's usual price for
     * those days, or the usual deposit on it, can.
     */
    BlockKeys clusterKeys(Cluster c, Probe p) {
        if (!p.facts.kind().describesBooking() || tariff == null || c.totalPrice != null || c.vehicles.size() != 1) return null;
        java.math.BigDecimal usual = tariff.usualPrice(c.vehicles.iterator().next(), c.pickupAt, c.returnAt);
        if (usual == null) return null;
        BlockKeys keys = new BlockKeys();
        for (java.math.BigDecimal price : pricesPaidFor(usual)) addPriceKeys(keys, p, price);
        return keys;
    }

    /** Name word + price: each name word of three letters or more with {@code price}, as filed and as looked up. */
    private static void addPriceKeys(BlockKeys keys, Probe p, java.math.BigDecimal price) {
        for (String t : p.nameTokens) if (t.length() >= 3) keys.add(BlockKeys.NAME_WORD_PRICE, t, price);
    }

    /** The reservations sharing a key with {@code p}, without counting pairs: safe from several threads at once. */
    Set<Cluster> candidatesUncounted(Probe p) { return lookup(p).clusters(); }

    /**
     * What one look-up found: the reservations, and the size of every block it consulted (0 when absent), so
     * whether the same look-up would still find the same can be told without repeating it.
     */
    record Lookup(Set<Cluster> clusters, BlockKeys keys, int[] sizes, int[] limits) { }

    /** Finds {@code p}'s candidates without changing anything: safe from several threads while nothing is indexed. */
    Lookup lookup(Probe p) {
        Set<Cluster> out = new CandidateSet();
        BlockKeys keys = keys(p);
        for (String id : p.threadIds) keys.add(BlockKeys.THREAD, id);
        BookingFacts f = p.facts;
        if (!f.kind().describesBooking() && f.amount() != null && f.recordedAt() != null) {
            String amount = plain(f.amount());
            keys.add(BlockKeys.AMOUNT_DAY, amount, f.recordedAt());
            java.time.OffsetDateTime nextTo = neighbourDay(f.recordedAt());
            if (nextTo != null) keys.add(BlockKeys.AMOUNT_DAY, amount, nextTo);
        }
        if (f.kind() == org.rebook.model.DocumentKind.PAYMENT && f.amount() != null) {
            addPriceKeys(keys, p, f.amount());
        }
        // A booking record looks for its pickup day; a payment for the day it was made (at booking or pickup).
        // Only for words too common to block on alone: a rarer word's block already holds every day's bookings.
        java.time.OffsetDateTime day = f.kind().describesBooking() ? f.pickupAt() : f.recordedAt();
        if (day != null) {
            int rule = !f.kind().describesBooking() && addressHasBookingOn(keys, p, day)
                    ? BlockKeys.NAME_WORD_DAY_NO_ADDRESS : BlockKeys.NAME_WORD_DAY;
            java.time.OffsetDateTime nextTo = neighbourDay(day);
            for (String t : p.nameTokens) {
                if (t.length() >= 3 && blocks.size(BlockKeys.hash(BlockKeys.NAME_WORD, t)) > MAX_WORD_BLOCK) {
                    keys.add(rule, t, day);
                    if (nextTo != null) keys.add(rule, t, nextTo);
                }
            }
        }
        int[] sizes = new int[keys.size()];
        int[] limits = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            sizes[i] = blocks.size(keys.hash(i));
            limits[i] = limit(keys.rule(i), p);
            if (sizes[i] > 0 && sizes[i] <= limits[i]) blocks.addTo(keys.hash(i), out);
        }
        return new Lookup(out, keys, sizes, limits);
    }

    /**
     * Whether {@code p}'s address, under its name, has a reservation on {@code day}. The question is kept among the look-up's keys
     * (limit 0: it adds no candidates), so {@link #stillHolds} sees the answer change from no to yes; from yes it
     * cannot change back, as blocks only grow.
     */
    private boolean addressHasBookingOn(BlockKeys keys, Probe p, java.time.OffsetDateTime day) {
        if (!addAddressDayKey(keys, p, day)) return false;
        return blocks.size(keys.hash(keys.size() - 1)) > 0;
    }

    /**
     * The address with the name on it: colleagues share a work address ("clark@company" for Robert and William
     * Clark), and one's booking on the day says nothing of where the other's payment belongs.
     */
    private static boolean addAddressDayKey(BlockKeys keys, Probe p, java.time.OffsetDateTime day) {
        if (p.email == null || p.nameKey == null) return false;
        keys.add(BlockKeys.EMAIL_DAY, p.email + '\n' + p.nameKey, day);
        return true;
    }

    /** Adds a look-up's pairs to the per-rule counts (the look-up the linker acted on). */
    void count(Lookup l) {
        for (int i = 0; i < l.keys().size(); i++) {
            if (l.sizes()[i] > 0 && l.sizes()[i] <= l.limits()[i]) pairs[l.keys().rule(i)] += l.sizes()[i];
        }
    }

    /**
     * True when {@code l} would find the same reservations now. Blocks only grow, so a block that was over its
     * limit stays excluded; one within it must not have changed. (A word block's limit is also the size from
     * which its day keys are looked up, so that choice cannot have changed either.)
     */
    boolean stillHolds(Lookup l) {
        for (int i = 0; i < l.keys().size(); i++) {
            if (l.sizes()[i] > l.limits()[i]) continue;
            if (blocks.size(l.keys().hash(i)) != l.sizes()[i]) return false;
        }
        return true;
    }

    /** Pairs each blocking rule proposed so far (a pair proposed by two rules counts for both). */
    Map<String, Long> pairsByRule() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        int i = 0;
        for (String name : RULES.values()) out.put(name, pairs[i++]);
        return out;
    }

    private static String plain(java.math.BigDecimal amount) { return amount.stripTrailingZeros().toPlainString(); }

    /**
     * What a booking of this usual price is paid with in one payment: the price, or the usual deposit on it as
     * {@link Tariff#isDeposit} accepts it (the share to the cent, or rounded either way to a whole unit).
     */
    private java.util.Set<java.math.BigDecimal> pricesPaidFor(java.math.BigDecimal usual) {
        java.util.Set<java.math.BigDecimal> out = new java.util.LinkedHashSet<>();
        out.add(usual.stripTrailingZeros());
        if (tariff != null && tariff.depositShare() != null) {
            java.math.BigDecimal share = usual.multiply(tariff.depositShare());
            for (java.math.BigDecimal d : List.of(share.setScale(2, java.math.RoundingMode.HALF_UP),
                    share.setScale(0, java.math.RoundingMode.FLOOR), share.setScale(0, java.math.RoundingMode.CEILING))) {
                out.add(d.stripTrailingZeros());
            }
        }
        return out;
    }

    /**
     * The day next to {@code at}'s when {@code at} is within {@link #DAY_EDGE} of midnight, else null. Day keys
     * compare calendar days, and a booking made at 23:50 is paid at 00:05 the next day: a look-up near midnight
     * also looks at the day on the other side of it.
     */
    static java.time.OffsetDateTime neighbourDay(java.time.OffsetDateTime at) {
        java.time.Duration sinceMidnight = java.time.Duration.between(at.toLocalDate().atStartOfDay(), at.toLocalDateTime());
        if (sinceMidnight.compareTo(DAY_EDGE) < 0) return at.minusDays(1);
        if (sinceMidnight.compareTo(java.time.Duration.ofDays(1).minus(DAY_EDGE)) >= 0) return at.plusDays(1);
        return null;
    }

    /** A record without an address is also filed where a record whose address found its customer still looks. */
    private static void addDayKeys(BlockKeys keys, Probe p, java.time.OffsetDateTime at) {
        for (String t : p.nameTokens) {
            if (t.length() < 3) continue;
            keys.add(BlockKeys.NAME_WORD_DAY, t, at);
            if (p.email == null) keys.add(BlockKeys.NAME_WORD_DAY_NO_ADDRESS, t, at);
        }
    }

    /** A record with an e-mail or phone to block on needs the name block only when the name is fairly rare. */
    private static int limit(int rule, Probe p) {
        if (rule == BlockKeys.EMAIL_DAY) return 0; // a question, not a block to compare against
        if (rule == BlockKeys.NAME_WORD || rule == BlockKeys.AMOUNT_DAY || rule == BlockKeys.NAME_WORD_DAY
                || rule == BlockKeys.NAME_WORD_DAY_NO_ADDRESS || rule == BlockKeys.NAME_WORD_PRICE) return MAX_WORD_BLOCK; // standard prices on a busy day
        if (rule == BlockKeys.FULL_NAME && (p.email != null || p.phone != null)) return MAX_NAME_BLOCK;
        return MAX_BLOCK;
    }

    private static BlockKeys keys(Probe p) {
        BlockKeys keys = new BlockKeys();
        if (p.email != null) keys.add(BlockKeys.EMAIL, p.email);
        if (p.phone != null) keys.add(BlockKeys.PHONE, p.phone);
        if (p.nameKey != null) {
            keys.add(BlockKeys.FULL_NAME, p.nameKey);
            for (String t : p.nameTokens) if (t.length() >= 3) keys.add(BlockKeys.NAME_WORD, t);
        }
        BookingFacts f = p.facts;
        if (f.cardLast4() != null) keys.add(BlockKeys.CARD, f.cardLast4());
        return keys;
    }
}
