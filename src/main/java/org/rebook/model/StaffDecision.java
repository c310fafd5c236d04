package org.rebook.model;

import java.time.OffsetDateTime;

/** One thing a person decided, in the order decided. Later decisions win over earlier ones they contradict. */
public record StaffDecision(long id, OffsetDateTime at, DecisionKind kind, String summary, DecisionEffect effect) { }
