package org.rebook.model;

/** Two records, unordered: {@code low <= high}. */
public record RecordPair(long low, long high) {
    public static RecordPair of(long a, long b) { return a <= b ? new RecordPair(a, b) : new RecordPair(b, a); }
}
