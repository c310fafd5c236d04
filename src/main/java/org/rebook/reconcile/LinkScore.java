package org.rebook.reconcile;

import java.util.List;

/**
 * The summed weight of evidence that a record belongs to a reservation (log-odds style: positive agrees,
 * negative disagrees), the part of it that identifies the customer, whether any identity field
 * disagrees outright, and a reason per comparison.
 */
record LinkScore(double total, double identity, boolean contradicted, List<String> reasons) {
    /** A probability from the weight, for showing and for taking the weakest link. */
    double probability() {
        return 1.0 / (1.0 + Math.exp(-(total - 6.0) / 1.5));
    }

    String summary() {
        return String.join("; ", reasons) + String.format(java.util.Locale.ROOT, " (weight %.1f)", total);
    }
}
