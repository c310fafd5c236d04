package org.rebook.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many different people carry a name, estimated from the distinct e-mail addresses booking records give
 * for it (payments are left out: people pay with work and family addresses). A name many people share says
 * less about who a record belongs to: the term-frequency adjustment of the "same name" weight.
 */
final class NameFrequency {
    /** A common name can lose up to this much weight. */
    static final double MAX_PENALTY = 3.0;
    private final Map<String, Integer> peopleByName = new HashMap<>();
    private final double meanPeople;

    NameFrequency(List<Observation> observations) {
        Map<String, Set<String>> emailsByName = new HashMap<>();
        Map<String, Integer> recordsByName = new HashMap<>();
        for (Observation o : observations) {
            if (!o.facts().kind().describesBooking()) continue;
            String name = Keys.nameKey(o.facts().customerName());
            String email = Keys.email(o.facts().customerEmail());
            if (name != null && email != null) {
                emailsByName.computeIfAbsent(name, k -> new HashSet<>()).add(email);
                recordsByName.merge(name, 1, Integer::sum);
            }
        }
        emailsByName.forEach((name, emails) -> peopleByName.put(name, emails.size()));
        // The average record's name is shared by this many people: the level weight is estimated at that rate.
        double sum = 0;
        long records = 0;
        for (Map.Entry<String, Integer> e : recordsByName.entrySet()) {
            sum += (double) e.getValue() * people(e.getKey());
            records += e.getValue();
        }
        meanPeople = records == 0 ? 1 : sum / records;
    }

    /** As stored with a workspace: the names more than one person carries, and the mean. */
    NameFrequency(Map<String, Integer> shared, double meanPeople) {
        peopleByName.putAll(shared);
        this.meanPeople = meanPeople;
    }

    double meanPeople() { return meanPeople; }

    /** Names more than one person carries, with how many. */
    Map<String, Integer> shared() { return TermFrequency.shared(peopleByName); }

    /** Estimated number of people with this name (at least 1). */
    int people(String nameKey) {
        Integer people = nameKey == null ? null : peopleByName.get(nameKey);
        return people == null ? 1 : Math.max(1, people);
    }

    /** The term-frequency penalty of the same-name weight: "Maria Silva" among "Oskar Nyström"s. */
    double adjustment(String nameKey) {
        return TermFrequency.penalty(meanPeople, people(nameKey), MAX_PENALTY);
    }
}
