package org.rebook.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many different people carry a name, estimated from the distinct e-mail addresses booking records give
 * for it (payments are left out: people pay with work and family addresses). Shown in link reasons so staff
 * see when a name match is weak evidence; the engine issue turns it into a term-frequency weight.
 */
final class NameFrequency {
    private final Map<String, Set<String>> emailsByName = new HashMap<>();

    NameFrequency(List<Observation> observations) {
        for (Observation o : observations) {
            if (!o.facts().kind().describesBooking()) continue;
            String name = Keys.nameKey(o.facts().customerName());
            String email = Keys.email(o.facts().customerEmail());
            if (name != null && email != null) emailsByName.computeIfAbsent(name, k -> new HashSet<>()).add(email);
        }
    }

    /** Estimated number of people with this name (at least 1). */
    int people(String nameKey) {
        Set<String> emails = nameKey == null ? null : emailsByName.get(nameKey);
        return emails == null ? 1 : Math.max(1, emails.size());
    }
}
