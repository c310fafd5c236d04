package org.rebook.model;

import java.util.Locale;

/** What a person did to the reconstruction. Each kind compiles to the same few constraints (see DecisionEffect). */
public enum DecisionKind {
    ACCEPT("accepted"),
    REJECT_LINK("rejected a link"),
    MOVE("moved a record"),
    MERGE("merged reservations"),
    SPLIT("split a reservation"),
    EDIT_FIELD("edited a field"),
    CREATE_FROM_RECORD("created a reservation from a record"),
    ATTACH("attached a record"),
    NOT_A_BOOKING("marked a record as not a booking");

    private final String verb;

    DecisionKind(String verb) { this.verb = verb; }

    public String verb() { return verb; }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static DecisionKind fromCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
