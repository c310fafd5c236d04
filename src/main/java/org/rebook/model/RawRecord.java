package org.rebook.model;

/**
 * A record exactly as it was read, plus its provenance. {@code syntheticId} marks native ids Rebook had to
 * derive (a content hash) because the source carried none.
 */
public record RawRecord(Source source, String nativeId, boolean syntheticId, Provenance provenance, String raw) { }
