package org.rebook.model;

/** The three kinds of evidence that survive an outage. {@link #code()} is the value used in exports. */
public enum Source {
    STRIPE("stripe"), CALENDAR("calendar"), EMAIL("email");

    private final String code;

    Source(String code) { this.code = code; }

    public String code() { return code; }

    public static Source fromCode(String code) {
        for (Source s : values()) if (s.code.equals(code)) return s;
        throw new IllegalArgumentException("Unknown source: " + code);
    }
}
