package org.rebook.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses the incident's records give for more than one person: a family's, an office's. The same address
 * identifies less there ({@link Level#EMAIL_SAME_SHARED}), and two reservations holding it need not be one
 * customer's.
 *
 * <p>Told by the names on the records, not by how many records carry the address: a loyal customer's own address
 * is on every mail, entry and payment of each of their bookings (four bookings make some fifteen records), and
 * counting records took it for a shared one, so a payment from their work address could no longer be known as
 * theirs by the address their bookings share.
 */
final class SharedAddresses {
    private SharedAddresses() { }

    /** Each address whose records name more than one person, with how many people they name. */
    static Map<String, Integer> find(List<Observation> observations) {
        Map<String, List<List<String>>> namesByAddress = new HashMap<>();
        for (Observation o : observations) {
            String email = Keys.email(o.facts().customerEmail());
            if (email == null) continue;
            List<String> words = NameComparison.words(Keys.nameTokensWithInitials(o.facts().customerName()));
            if (words.isEmpty()) continue;
            List<List<String>> names = namesByAddress.computeIfAbsent(email, k -> new ArrayList<>(2));
            if (!names.contains(words)) names.add(words);
        }
        Map<String, Integer> shared = new HashMap<>();
        namesByAddress.forEach((email, names) -> {
            int people = names.size() < 2 ? 1 : people(names);
            if (people > 1) shared.put(email, people);
        });
        return shared;
    }

    /**
     * How many people {@code names} ({@link NameComparison#words}) name at least: a name joins a person when it
     * may be any of the names already seen for them (initials, another word order, a typo), else it is another
     * person. Comparing with every name seen, not the first alone, lets "L. Lemaître", "Léa Lemaître" and
     * "Léa Lemaitre" be one person in any order.
     */
    static int people(List<List<String>> names) {
        List<List<List<String>>> people = new ArrayList<>();
        for (List<String> name : names) {
            List<List<String>> same = null;
            for (List<List<String>> person : people) {
                if (maybeSamePerson(person, name)) {
                    same = person;
                    break;
                }
            }
            if (same == null) people.add(same = new ArrayList<>());
            same.add(name);
        }
        return people.size();
    }

    private static boolean maybeSamePerson(List<List<String>> person, List<String> name) {
        for (List<String> known : person) if (maybeSame(known, name)) return true;
        return false;
    }

    /**
     * Whether two names may be one person's: each word of the shorter has its own word in the longer that it may
     * be written as (the same word, an initial, a slip of one letter, or the word with a particle run into it:
     * "De Luca" and "DeLuca"). Lenient on purpose: only names that cannot be one person make an address shared.
     */
    static boolean maybeSame(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        boolean[] used = new boolean[longer.size()];
        List<String> left = new ArrayList<>();
        // The same words first, so a slip or an initial never takes a word that another word of the name is.
        for (String w : shorter) if (!claim(longer, used, w::equals)) left.add(w);
        for (String w : left) if (!claim(longer, used, y -> writtenAs(w, y))) return false;
        return true;
    }

    /** Marks the first word of {@code words} not yet {@code used} that {@code fits}; false if there is none. */
    private static boolean claim(List<String> words, boolean[] used, java.util.function.Predicate<String> fits) {
        for (int j = 0; j < words.size(); j++) {
            if (!used[j] && fits.test(words.get(j))) {
                used[j] = true;
                return true;
            }
        }
        return false;
    }

    private static boolean writtenAs(String x, String y) {
        if (x.length() == 1 || y.length() == 1) return x.charAt(0) == y.charAt(0);
        return NameComparison.oneEdit(x, y) || joinedParticle(x, y) || joinedParticle(y, x);
    }

    /** "deluca" for "luca" ("De Luca" with the particle, dropped as a word, run into the name). */
    private static boolean joinedParticle(String joined, String word) {
        return joined.length() > word.length() && joined.endsWith(word)
                && Keys.isParticle(joined.substring(0, joined.length() - word.length()));
    }
}
