package org.rebook.model;

/** A record Rebook could not read, kept with where it was and why, so nothing is silently lost. */
public record Quarantined(Provenance provenance, String reason, String raw) { }
