package org.rebook.reconcile;

import org.rebook.model.BookingFacts;
import org.rebook.model.Source;

/** One imported record as the linker sees it: its identity and what extraction read from it. */
public record Observation(long recordId, Source source, String nativeId, BookingFacts facts) {
    String key() { return source.code() + ":" + nativeId; }
}
