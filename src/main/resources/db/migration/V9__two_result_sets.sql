-- Results live in two sets of tables, a and b; the setting results_tables names the live one. A full reconcile
-- fills the other set committing as it goes (one transaction of a million rows took H2 over 20 s to commit at
-- 100k reservations), then one small transaction makes it live. A crash meanwhile leaves the live set as it was.
ALTER TABLE reservation RENAME TO reservation_a;
ALTER TABLE evidence RENAME TO evidence_a;
ALTER TABLE unmatched RENAME TO unmatched_a;

CREATE TABLE reservation_b (
    id                VARCHAR(40) PRIMARY KEY,
    booking_reference VARCHAR(200),
    status            VARCHAR(20)  NOT NULL,
    customer_name     VARCHAR(500),
    customer_email    VARCHAR(500),
    customer_phone    VARCHAR(100),
    vehicle           VARCHAR(500),
    vehicle_plate     VARCHAR(50),
    pickup_at         TIMESTAMP WITH TIME ZONE,
    return_at         TIMESTAMP WITH TIME ZONE,
    pickup_location   VARCHAR(500),
    return_location   VARCHAR(500),
    total_amount      DECIMAL(19, 4),
    amount_paid       DECIMAL(19, 4) NOT NULL,
    amount_refunded   DECIMAL(19, 4) NOT NULL,
    currency          VARCHAR(3),
    confidence        DOUBLE PRECISION NOT NULL,
    review_state      VARCHAR(20) NOT NULL,
    reasons           VARCHAR(100000) NOT NULL,
    field_sources     VARCHAR(1000000) DEFAULT '' NOT NULL
);

CREATE TABLE evidence_b (
    reservation_id VARCHAR(40) NOT NULL,
    record_id      BIGINT NOT NULL,
    role           VARCHAR(40) NOT NULL,
    link_reason    VARCHAR(2000) NOT NULL,
    weights        VARCHAR(100000) DEFAULT '' NOT NULL,
    CONSTRAINT pk_evidence_b PRIMARY KEY (record_id)
);
CREATE INDEX ix_evidence_b_reservation ON evidence_b (reservation_id);

CREATE TABLE unmatched_b (
    record_id BIGINT PRIMARY KEY,
    reason    VARCHAR(2000) NOT NULL
);

INSERT INTO setting (name, setting_value) VALUES ('results_tables', 'a');
