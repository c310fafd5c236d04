package org.rebook.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rebook.model.BookingFacts;

/**
 * The car models an incident's own booking mails and calendar entries name. A payment description is free text
 * ("Booking PX-7F3K9Q – VW Golf"), so no pattern can say which words are the car; a model the business itself
 * writes elsewhere can be recognised in it, which tells a customer's two bookings apart by their cars.
 */
public final class FleetNames {
    /** A model must appear on this many booking records before it counts: one stray value is not a fleet. */
    static final int MIN_RECORDS = 3;
    /** At most this many models, of at most this many characters: what a workspace setting holds (4 000). */
    static final int MAX_MODELS = 100;
    static final int MAX_LENGTH = 38;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Each model's folded form, padded: the same few models are looked for in every payment description. */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private FleetNames() { }

    /** The models named by at least {@link #MIN_RECORDS} booking records, sorted. */
    public static List<String> learn(Collection<BookingFacts> facts) {
        Map<String, Integer> counts = new HashMap<>();
        for (BookingFacts f : facts) {
            if (f.kind().describesBooking() && f.vehicle() != null && !f.vehicle().isBlank()) {
                counts.merge(SPACES.matcher(f.vehicle().strip()).replaceAll(" "), 1, Integer::sum);
            }
        }
        // The most common first, as many as a workspace keeps (a fleet is tens of models; free text is not one).
        List<String> out = counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_RECORDS && e.getKey().length() <= MAX_LENGTH)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_MODELS).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The longest known model named in {@code text} as whole words (case and accents aside). */
    static Optional<String> in(String text, List<String> models) {
        if (text == null || models.isEmpty()) return Optional.empty();
        String folded = " " + SPACES.matcher(NOT_WORD.matcher(Text.fold(text)).replaceAll(" ")).replaceAll(" ") + " ";
        String best = null;
        for (String model : models) {
            String m = FOLDED.computeIfAbsent(model,
                    x -> " " + SPACES.matcher(NOT_WORD.matcher(Text.fold(x)).replaceAll(" ")).replaceAll(" ").strip() + " ");
            if (m.isBlank()) continue;
            if (folded.contains(m) && (best == null || model.length() > best.length())) best = model;
        }
        return Optional.ofNullable(best);
    }
}
