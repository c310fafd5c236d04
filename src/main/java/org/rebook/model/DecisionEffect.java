package org.rebook.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a decision means for the linker, in terms of records (which never change) rather than reservations
 * (which are rebuilt by every run):
 * <ul>
 *   <li>{@code together}: each group of records forms one reservation; a later group claiming a record takes it;
 *       {@code togetherIds} (same order, entries may be null) names the reservation id the group should keep, so
 *       "merge B into A" leaves A's id;</li>
 *   <li>{@code apart}: the two records never share a reservation;</li>
 *   <li>{@code notBookings}: records set aside as not about a booking;</li>
 *   <li>{@code accepted}: groups a person accepted as they were;</li>
 *   <li>{@code edits}: field values a person typed.</li>
 * </ul>
 */
public record DecisionEffect(List<List<Long>> together, List<String> togetherIds, List<RecordPair> apart,
                             List<Long> notBookings, List<List<Long>> accepted, List<FieldEdit> edits) {
    public DecisionEffect {
        together = together.stream().map(List::copyOf).toList();
        togetherIds = togetherIds == null ? java.util.Collections.nCopies(together.size(), null)
                : java.util.Collections.unmodifiableList(new ArrayList<>(togetherIds));
        apart = List.copyOf(apart);
        notBookings = List.copyOf(notBookings);
        accepted = accepted.stream().map(List::copyOf).toList();
        edits = List.copyOf(edits);
    }

    public static DecisionEffect none() { return new DecisionEffect(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()); }

    /** Every record this decision names: what must be recomputed when it is made or undone. */
    public Set<Long> records() {
        Set<Long> out = new LinkedHashSet<>();
        together.forEach(out::addAll);
        apart.forEach(p -> {
            out.add(p.low());
            out.add(p.high());
        });
        out.addAll(notBookings);
        accepted.forEach(out::addAll);
        edits.forEach(e -> out.add(e.anchorRecordId()));
        return out;
    }

    /** Builds an effect step by step. */
    public static final class Builder {
        private final List<List<Long>> together = new ArrayList<>();
        private final List<String> togetherIds = new ArrayList<>();
        private final List<RecordPair> apart = new ArrayList<>();
        private final List<Long> notBookings = new ArrayList<>();
        private final List<List<Long>> accepted = new ArrayList<>();
        private final List<FieldEdit> edits = new ArrayList<>();

        public Builder together(Collection<Long> records) { return together(records, null); }

        /** A group that should keep the reservation id {@code keepId} (when one of its records can give it). */
        public Builder together(Collection<Long> records, String keepId) {
            if (!records.isEmpty()) {
                together.add(sorted(records));
                togetherIds.add(keepId);
            }
            return this;
        }

        public Builder apart(Collection<Long> these, Collection<Long> those) {
            for (long a : these) for (long b : those) if (a != b) apart.add(RecordPair.of(a, b));
            return this;
        }

        public Builder notBooking(long record) {
            notBookings.add(record);
            return this;
        }

        public Builder accepted(Collection<Long> records) {
            accepted.add(sorted(records));
            return this;
        }

        public Builder edit(FieldEdit edit) {
            edits.add(edit);
            return this;
        }

        public DecisionEffect build() { return new DecisionEffect(together, togetherIds, apart, notBookings, accepted, edits); }

        private static List<Long> sorted(Collection<Long> records) { return records.stream().distinct().sorted().toList(); }
    }
}
