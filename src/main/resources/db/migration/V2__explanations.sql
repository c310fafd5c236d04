-- Per-comparison weights of each link (for waterfall charts), as a JSON array of {comparison, weight}.
ALTER TABLE evidence ADD COLUMN weights VARCHAR(100000) DEFAULT '' NOT NULL;

-- Which record gave each field of a reservation (field provenance).
CREATE TABLE reservation_field (
    reservation_id VARCHAR(40)   NOT NULL,
    field          VARCHAR(40)   NOT NULL,
    field_value    VARCHAR(4000),
    record_id      BIGINT        NOT NULL,
    CONSTRAINT pk_reservation_field PRIMARY KEY (reservation_id, field)
);
