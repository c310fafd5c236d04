package org.rebook.model;

/** Stripe statuses folded to what reconciliation needs. */
public enum PaymentStatus {
    SUCCEEDED, REFUNDED, FAILED, PENDING, UNCAPTURED;

    /** Reads the many spellings seen in Dashboard exports ("Paid", "succeeded", "Partially refunded", "Failed"). */
    public static PaymentStatus fromExport(String status, String captured) {
        String s = status == null ? "" : status.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.contains("fail") || s.contains("declin") || s.contains("canceled") || s.contains("blocked")) return FAILED;
        if (s.contains("refund")) return REFUNDED;
        if (s.contains("pending") || s.contains("processing") || s.contains("requires")) return PENDING;
        if (captured != null && captured.trim().equalsIgnoreCase("false")) return UNCAPTURED;
        if (s.contains("uncaptured")) return UNCAPTURED;
        return SUCCEEDED;
    }
}
