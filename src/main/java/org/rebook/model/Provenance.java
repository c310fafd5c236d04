package org.rebook.model;

/**
 * Where a record came from: the file (as the user named it, with archive members as {@code a.zip!/b.ics}),
 * the file's SHA-256, and a human-readable position inside it ("line 12", "message 3 at byte 10422").
 */
public record Provenance(String fileName, String fileSha256, String position) { }
