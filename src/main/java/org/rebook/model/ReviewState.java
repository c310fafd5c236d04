package org.rebook.model;

import java.util.Locale;

/** Whether a person needs to look at a reservation before it is re-imported. */
public enum ReviewState {
    AUTO_ACCEPTED, NEEDS_REVIEW;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static ReviewState fromCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
