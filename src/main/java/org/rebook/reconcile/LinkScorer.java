package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rebook.model.LinkWeight;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;

/**
 * Compares a record with a reservation, one comparison at a time, each adding a weight and a reason.
 * Identity comparisons (email, phone, name, card) say whether it is the same customer; time and amount
 * comparisons say whether it is the same booking of that customer.
 */
final class LinkScorer {
    private final Map<String, Integer> emailFrequency;
    private final NameFrequency names;

    LinkScorer(Map<String, Integer> emailFrequency, NameFrequency names) {
        this.emailFrequency = emailFrequency;
        this.names = names;
    }

    LinkScore score(Probe p, Cluster c) {
        BookingFacts f = p.facts;
        Weights reasons = new Weights();
        double identity = 0;
        boolean contradicted = false;

        String email = p.email;
        if (email != null && c.emails.contains(email)) {
            // An address on many records (a shared family or company address) identifies less.
            double w = emailFrequency.getOrDefault(email, 1) > 12 ? 3.0 : 6.0;
            identity += w;
            reasons.add("same email " + email, w);
        } else if (email != null && !c.emails.isEmpty()) {
            // People pay with a work or family address, so on its own this is no evidence. But when several
            // people share the name, another address suggests another person.
            contradicted = true;
            identity -= 1.0;
            reasons.add("other email " + email, -1.0);
        }
        String phone = p.phone;
        if (phone != null && c.phones.contains(phone)) {
            identity += 5.0;
            reasons.add("same phone", 5.0);
        } else if (phone != null && !c.phones.isEmpty()) {
            reasons.add("other phone", 0);
        }
        for (String id : p.threadIds) {
            if (c.messageIds.contains(id)) {
                identity += reasons.add("answers mail " + id + " of this booking", 10.0); // same conversation
                break;
            }
        }
        double name = nameWeight(p, c, reasons);
        if (name < 0) contradicted = true;
        identity += name;
        if (f.cardLast4() != null && c.cardLast4.contains(f.cardLast4())) {
            identity += 3.0;
            reasons.add("same card ending " + f.cardLast4(), 3.0);
        }
        double time = f.kind().describesBooking() ? bookingTimeWeight(f, c, reasons) : paymentTimeWeight(f, c, reasons);
        double amount = amountWeight(f, c, reasons);
        return new LinkScore(identity + time + amount, identity, contradicted, reasons.list);
    }

    private double nameWeight(Probe p, Cluster c, Weights reasons) {
        List<String> tokens = p.nameTokens;
        String name = p.facts.customerName();
        if (tokens.isEmpty() || c.nameTokens.isEmpty()) return 0;
        if (c.nameKeys.contains(p.nameKey) && tokens.size() >= 2) {
            return reasons.add("same name " + name + sharedNote(p.nameKey), 4.0);
        }
        for (List<String> other : c.names) {
            if (sameWithInitials(p.nameWithInitials, other)) {
                return reasons.add("same name " + name + " (initials agree)", 3.0);
            }
        }
        for (List<String> other : c.names) {
            if (closeName(p.nameTokens, other)) {
                return reasons.add("name " + name + " is one letter off", 3.0);
            }
        }
        long words = tokens.stream().filter(c.nameTokens::contains).count();
        if (words >= 2) {
            return reasons.add("name " + name + " shares " + words + " words", 3.0);
        }
        if (words == 1) {
            return reasons.add("name " + name + " shares one word", 1.0);
        }
        return reasons.add("different name " + name, -2.0);
    }

    /** Comparison labels with their weights, in the order they were made. */
    static final class Weights {
        final List<LinkWeight> list = new ArrayList<>();

        double add(String label, double weight) {
            list.add(new LinkWeight(label, weight));
            return weight;
        }
    }

    private String sharedNote(String nameKey) {
        int people = names.people(nameKey);
        return people > 1 ? " (a name " + people + " customers share)" : "";
    }

    /**
     * Graded "close" level: the same words but one of them one edit away (typo, transposed letters), as in
     * "Maria Slva" / "Maria Silva". Words shorter than four letters must match exactly.
     */
    static boolean closeName(List<String> a, List<String> clusterName) {
        List<String> b = clusterName.stream().filter(t -> t.length() > 1).map(Nicknames::full).sorted().toList();
        if (a.size() < 2 || a.size() != b.size()) return false;
        int edits = 0;
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) continue;
            if (x.length() < 4 || y.length() < 4 || !oneEdit(x, y)) return false;
            edits++;
        }
        return edits == 1;
    }

    /** Damerau–Levenshtein distance exactly 1 (insert, delete, substitute or swap two neighbours). */
    static boolean oneEdit(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) return false;
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
        if (x.length() == y.length()) {
            if (i == x.length()) return false;
            if (x.substring(i + 1).equals(y.substring(i + 1))) return true;
            return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /**
     * "O. Nyström" and "Oskar Nyström", "NYSTRÖM Oskar": every full word of one appears in the other, every
     * initial starts an unmatched word of the other, and at least one full word is shared.
     */
    static boolean sameWithInitials(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        List<String> remaining = new java.util.ArrayList<>(longer);
        int fullShared = 0;
        for (String t : shorter) {
            if (t.length() > 1) {
                if (!remaining.remove(t)) return false;
                fullShared++;
            }
        }
        for (String t : shorter) {
            if (t.length() == 1) {
                java.util.Optional<String> m = remaining.stream().filter(r -> r.charAt(0) == t.charAt(0)).findFirst();
                if (m.isEmpty()) return false;
                remaining.remove(m.get());
            }
        }
        return fullShared >= 1;
    }

    /**
     * A calendar event or mail about a booking: its pickup should be the reservation's pickup. Graded:
     * the same time (a calendar entry is made from the booking) says more than the same day.
     */
    private static double bookingTimeWeight(BookingFacts f, Cluster c, Weights reasons) {
        if (f.pickupAt() == null || c.pickupAt == null) return 0;
        long minutes = Math.abs(Duration.between(f.pickupAt(), c.pickupAt).toMinutes());
        if (minutes <= 30) {
            return reasons.add("same pickup time " + f.pickupAt().toLocalDateTime(), 4.0);
        }
        if (f.pickupAt().toLocalDate().equals(c.pickupAt.toLocalDate())) {
            return reasons.add("same pickup day " + f.pickupAt().toLocalDate(), 2.0);
        }
        if (minutes <= 36 * 60) {
            return reasons.add("pickup within a day", 0.5);
        }
        if (f.kind() == DocumentKind.BOOKING_MODIFICATION) {
            return reasons.add("modification moves pickup", 0);
        }
        return reasons.add("pickup " + f.pickupAt().toLocalDate() + " ≠ " + c.pickupAt.toLocalDate(), -8.0);
    }

    /**
     * A payment, receipt or reply: it should fall between booking and a while after return. Deposits come at
     * booking, balances at pickup, extras after return; closer to one of those moments says more.
     */
    private static double paymentTimeWeight(BookingFacts f, Cluster c, Weights reasons) {
        OffsetDateTime at = f.recordedAt();
        if (at == null || c.pickupAt == null) return 0;
        OffsetDateTime earliest = c.bookedAt != null ? c.bookedAt.minusDays(2) : c.pickupAt.minusDays(180);
        OffsetDateTime end = (c.returnAt != null ? c.returnAt : c.pickupAt).plusDays(30);
        if (at.isBefore(earliest) || at.isAfter(end)) {
            return reasons.add("dated " + at.toLocalDate() + ", outside this booking's period", -8.0);
        }
        if (c.bookedAt != null && Math.abs(Duration.between(at, c.bookedAt).toMinutes()) <= 60) {
            return reasons.add("made at booking time", 4.0);
        }
        long fromPickup = Math.abs(Duration.between(at, c.pickupAt).toMinutes());
        if (fromPickup <= 3 * 60) {
            return reasons.add("made at pickup", 4.0);
        }
        if (c.bookedAt != null && Math.abs(Duration.between(at, c.bookedAt).toHours()) <= 24) {
            return reasons.add("made the day of booking", 2.5);
        }
        if (fromPickup <= 36 * 60) {
            return reasons.add("made around pickup", 2.5);
        }
        if (c.returnAt != null && at.isAfter(c.returnAt.minusHours(12)) && at.isBefore(c.returnAt.plusDays(7))) {
            return reasons.add("made at return", 2.0);
        }
        return reasons.add("dated within the booking's period", 0.5);
    }

    private static double amountWeight(BookingFacts f, Cluster c, Weights reasons) {
        BigDecimal amount = f.amount();
        if (amount == null) return 0;
        if (f.kind() == DocumentKind.PAYMENT_RECEIPT) return receiptWeight(f, c, reasons);
        if (c.totalPrice == null) return 0;
        if (amount.compareTo(c.totalPrice) == 0) {
            return reasons.add("amount equals the booking total", 2.0);
        }
        if (c.paid.signum() > 0 && amount.add(c.paid).compareTo(c.totalPrice) == 0) {
            return reasons.add("amount is the balance due", 2.0);
        }
        return 0;
    }

    /** A receipt mail restates one payment: same amount, same day. */
    private static double receiptWeight(BookingFacts f, Cluster c, Weights reasons) {
        for (Member m : c.members) {
            BookingFacts p = m.observation().facts();
            if (p.kind() == DocumentKind.PAYMENT && p.amount() != null && p.amount().compareTo(f.amount()) == 0
                    && p.recordedAt() != null && f.recordedAt() != null
                    && Math.abs(Duration.between(p.recordedAt(), f.recordedAt()).toHours()) <= 36) {
                return reasons.add("receipt for payment " + m.observation().nativeId(), 4.0);
            }
        }
        return 0;
    }
}
