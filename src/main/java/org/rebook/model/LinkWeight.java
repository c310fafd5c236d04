package org.rebook.model;

/** One comparison's contribution to a link: what was compared, what it found, and its weight (log-odds). */
public record LinkWeight(String comparison, double weight) { }
