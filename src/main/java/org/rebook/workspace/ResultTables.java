package org.rebook.workspace;

/**
 * One of the two sets of result tables (see migration V9): a full reconcile fills the set not in use, committing
 * as it goes, and makes it live in one small transaction. SQL names the tables {reservation}, {evidence} and
 * {unmatched}, the evidence's index by reservation {evidence_by_reservation}; {@link #sql} puts this set's names in.
 */
record ResultTables(String suffix) {
    static final String SETTING = "results_tables";
    static final ResultTables A = new ResultTables("a");
    static final ResultTables B = new ResultTables("b");

    static ResultTables of(String suffix) { return "b".equals(suffix) ? B : A; }

    ResultTables other() { return this == B ? A : B; }

    String sql(String template) {
        return template.replace("{reservation}", "reservation_" + suffix).replace("{evidence}", "evidence_" + suffix)
                .replace("{unmatched}", "unmatched_" + suffix)
                .replace("{evidence_by_reservation}", "ix_evidence_" + suffix + "_reservation");
    }
}
