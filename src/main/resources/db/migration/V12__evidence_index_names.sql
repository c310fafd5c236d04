-- The evidence index of each result set named after its set, so a reconcile can build the one of the set it fills.
ALTER INDEX ix_evidence_reservation RENAME TO ix_evidence_a_reservation;
