package org.rebook.reconcile;

/** A record placed in a reservation: its role there, why it was linked, and how sure that link is. */
record Member(Observation observation, String reason, double confidence) { }
