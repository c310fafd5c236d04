package org.rebook.model;

/** One source record attributed to a reservation, with its role there and why it was linked. */
public record EvidenceLink(long recordId, Source source, String sourceId, String role, String reason) { }
