package org.rebook.ingest.stripe;

/**
 * What kind of Stripe key the user typed. Rebook only reads, so a restricted key with read permissions is
 * what it asks for; a full secret key works but can write, so it needs an explicit confirmation.
 */
public final class StripeKeys {
    /** The permissions a restricted key needs, shown to users. */
    public static final String READ_PERMISSIONS = "Create a restricted key (Developers → API keys → Create restricted key)"
            + " with Read access to: Charges, PaymentIntents, Refunds (under Charges), Customers, Checkout Sessions,"
            + " and for platforms Connected accounts. Nothing needs Write.";

    public enum Kind { RESTRICTED, SECRET, PUBLISHABLE, UNKNOWN }

    private StripeKeys() { }

    public static Kind kind(String key) {
        if (key == null) return Kind.UNKNOWN;
        if (key.startsWith("rk_live_") || key.startsWith("rk_test_")) return Kind.RESTRICTED;
        if (key.startsWith("sk_live_") || key.startsWith("sk_test_")) return Kind.SECRET;
        if (key.startsWith("pk_")) return Kind.PUBLISHABLE;
        return Kind.UNKNOWN;
    }

    /** The key as it may appear in a message: prefix and last four characters only. */
    public static String masked(String key) {
        if (key == null || key.length() < 12) return "(key)";
        return key.substring(0, key.indexOf('_', 3) + 1) + "…" + key.substring(key.length() - 4);
    }
}
