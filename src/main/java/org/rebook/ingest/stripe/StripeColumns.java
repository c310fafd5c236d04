package org.rebook.ingest.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Locates the columns Rebook reads in a Stripe payments export by header name, never by position: exports
 * let users pick columns and Stripe renamed several over the years ("Created (UTC)" → "Created date (UTC)").
 */
final class StripeColumns {
    static final String METADATA_SUFFIX = " (metadata)";

    private final Map<String, Integer> byName = new LinkedHashMap<>();
    private final Map<String, Integer> metadata = new LinkedHashMap<>();

    StripeColumns(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i).strip();
            if (h.toLowerCase(Locale.ROOT).endsWith(METADATA_SUFFIX)) {
                metadata.putIfAbsent(h.substring(0, h.length() - METADATA_SUFFIX.length()).strip(), i);
            } else {
                byName.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
            }
        }
    }

    /** True when the headers look like a Stripe payments export. */
    static boolean looksLikePaymentsExport(List<String> headers) {
        StripeColumns c = new StripeColumns(headers);
        return c.index("id") >= 0 && c.index("amount") >= 0 && c.index(CREATED) >= 0
                && (c.index("currency") >= 0 || c.index("status") >= 0 || c.index("amount refunded") >= 0);
    }

    static final String[] CREATED = {"created date (utc)", "created (utc)", "created"};
    static final String[] NAME = {"customer name", "card name", "shipping name", "billing details name"};
    static final String[] PHONE = {"customer phone", "shipping phone", "card phone"};
    static final String[] EMAIL = {"customer email", "receipt email", "email"};

    int index(String... names) {
        for (String n : names) {
            Integer i = byName.get(n);
            if (i != null) return i;
        }
        return -1;
    }

    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (index("id") < 0) missing.add("id");
        if (index("amount") < 0) missing.add("Amount");
        if (index(CREATED) < 0) missing.add("Created date (UTC)");
        return missing;
    }

    Map<String, Integer> metadataColumns() { return metadata; }
}
