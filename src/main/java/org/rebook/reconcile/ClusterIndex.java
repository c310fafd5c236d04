package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rebook.model.BookingFacts;

/**
 * Blocking: finds the few reservations a record could belong to through shared keys (email, phone, full
 * name, surname, card last4) instead of comparing it with every reservation. Keys shared by too many
 * reservations (a business's own address, "Silva") are skipped: they cannot tell bookings apart anyway.
 */
final class ClusterIndex {
    private static final int MAX_BLOCK = 400;

    private final Map<String, List<Cluster>> byKey = new HashMap<>();

    void index(Cluster c, Observation o) {
        for (String key : keys(o.facts())) {
            List<Cluster> block = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!block.contains(c)) block.add(c);
        }
    }

    Set<Cluster> candidates(Observation o) {
        Set<Cluster> out = new LinkedHashSet<>();
        for (String key : keys(o.facts())) {
            List<Cluster> block = byKey.get(key);
            if (block != null && block.size() <= MAX_BLOCK) out.addAll(block);
        }
        return out;
    }

    private static List<String> keys(BookingFacts f) {
        List<String> keys = new ArrayList<>(5);
        String email = Keys.email(f.customerEmail());
        if (email != null) keys.add("e:" + email);
        String phone = Keys.phone(f.customerPhone());
        if (phone != null) keys.add("p:" + phone);
        List<String> tokens = Keys.nameTokens(f.customerName());
        if (!tokens.isEmpty()) {
            keys.add("n:" + String.join(" ", tokens));
            for (String t : tokens) if (t.length() >= 3) keys.add("t:" + t);
        }
        if (f.cardLast4() != null) keys.add("c:" + f.cardLast4());
        return keys;
    }
}
