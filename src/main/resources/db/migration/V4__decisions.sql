-- What people decided on the review screens, in order. Kept for good: undo marks a decision undone,
-- it never deletes it. The effect is the decision in terms of records (JSON), which reconcile respects.
CREATE TABLE decision (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind     VARCHAR(40)   NOT NULL,
    summary  VARCHAR(2000) NOT NULL,
    effect   VARCHAR(1000000) NOT NULL,
    state    VARCHAR(12)   NOT NULL, -- active | undone | dropped (undone, then replaced by a newer decision)
    before_state VARCHAR(1000000) NOT NULL, -- the reservations it touched, before (JSON)
    after_state  VARCHAR(1000000)           -- and after
);

-- The audit log: every decision made, undone and redone, with when.
CREATE TABLE audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decision_id BIGINT NOT NULL,
    event       VARCHAR(12) NOT NULL, -- made | undone | redone
    CONSTRAINT fk_audit_decision FOREIGN KEY (decision_id) REFERENCES decision (id)
);

-- A field a person typed keeps what the sources said.
ALTER TABLE reservation_field ADD COLUMN staff_edit VARCHAR(2000);
