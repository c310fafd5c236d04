package org.rebook.reconcile;

/**
 * Thresholds of the linker. {@code linkThreshold} is the minimum summed match weight to attach a record to a
 * reservation; {@code autoAccept} the confidence from which no review is asked.
 */
public record ReconcileSettings(double linkThreshold, double autoAccept) {
    public static ReconcileSettings defaults() { return new ReconcileSettings(7.0, 0.9); }
}
