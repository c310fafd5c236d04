package org.rebook.model;

import java.util.List;

/**
 * One source record attributed to a reservation: its role there, why it was linked (one line), and the
 * weight each comparison contributed (empty for records that carry the reservation's reference).
 */
public record EvidenceLink(long recordId, Source source, String sourceId, String role, String reason, List<LinkWeight> weights) {
    public EvidenceLink {
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    public EvidenceLink(long recordId, Source source, String sourceId, String role, String reason) {
        this(recordId, source, sourceId, role, reason, List.of());
    }

    /** Sum of the weights: the evidence for this link, in log-odds units. */
    public double totalWeight() { return weights.stream().mapToDouble(LinkWeight::weight).sum(); }
}
