package org.rebook.model;

/** An imported record that belongs to no reservation, with the reason. */
public record UnmatchedRecord(long recordId, Source source, String sourceId, String reason) { }
