package org.rebook.model;

/** Which record gave a reservation field its value. */
public record FieldSource(String field, String value, long recordId, Source source, String sourceId) { }
