package org.rebook.model;

/**
 * Which record gave a reservation field its value. When a person typed the value, {@code staffEdit} says so and
 * keeps what the sources said ("decision #4; the sources said “Fiat 500”"); the record is still the one the
 * sources' value came from (or any record of the reservation when they gave none).
 */
public record FieldSource(String field, String value, long recordId, Source source, String sourceId, String staffEdit) {
    public FieldSource(String field, String value, long recordId, Source source, String sourceId) {
        this(field, value, recordId, source, sourceId, null);
    }

    public boolean edited() { return staffEdit != null; }
}
