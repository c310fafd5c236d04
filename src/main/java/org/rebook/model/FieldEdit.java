package org.rebook.model;

/**
 * A value a person typed for one field of the reservation holding {@code anchorRecordId}. The value the
 * sources gave stays visible as evidence; this one wins.
 */
public record FieldEdit(long anchorRecordId, String field, String value) { }
