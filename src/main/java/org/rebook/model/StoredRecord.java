package org.rebook.model;

/** A record as the workspace holds it: its row id, the raw bytes with provenance, and its typed reading. */
public record StoredRecord(long id, RawRecord raw, ParsedRecord parsed) {
    public Source source() { return raw.source(); }

    public String nativeId() { return raw.nativeId(); }
}
