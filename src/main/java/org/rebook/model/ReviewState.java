package org.rebook.model;

import java.util.Locale;

/** Whether a person needs to look at a reservation before it is re-imported. */
public enum ReviewState {
    AUTO_ACCEPTED, NEEDS_REVIEW,
    /** A person accepted it as it is; new evidence joining it sends it back to review. */
    ACCEPTED;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static ReviewState fromCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
