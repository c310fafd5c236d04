-- Files seen by imports. One row per distinct file content (sha256): re-importing adds nothing.
CREATE TABLE source_file (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name           VARCHAR(4000) NOT NULL,
    sha256              VARCHAR(64)      NOT NULL,
    format              VARCHAR(40)   NOT NULL,
    imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    records_imported    INT NOT NULL,
    records_duplicate   INT NOT NULL,
    records_quarantined INT NOT NULL,
    CONSTRAINT uq_source_file UNIQUE (sha256)
);

-- Every imported record, raw as read, with provenance and its typed reading (JSON).
CREATE TABLE source_record (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    source        VARCHAR(16)   NOT NULL,
    native_id     VARCHAR(1000) NOT NULL,
    synthetic_id  BOOLEAN       NOT NULL,
    file_name     VARCHAR(4000) NOT NULL,
    file_sha256   VARCHAR(64)      NOT NULL,
    position      VARCHAR(200)  NOT NULL,
    raw           CLOB          NOT NULL,
    raw_sha256    VARCHAR(64)      NOT NULL,
    parsed        VARCHAR(1000000000) NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_source_record UNIQUE (source, native_id)
);

-- Records that could not be read, with where and why. Never silently dropped.
CREATE TABLE quarantine (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name      VARCHAR(4000) NOT NULL,
    file_sha256    VARCHAR(64)      NOT NULL,
    position       VARCHAR(200)  NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    raw            CLOB,
    quarantined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_quarantine UNIQUE (file_sha256, position)
);

-- Reconciliation output. Derived from source_record; rebuilt by each reconcile run.
CREATE TABLE reservation (
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
    confidence        DOUBLE NOT NULL,
    review_state      VARCHAR(20) NOT NULL,
    reasons           CLOB NOT NULL
);

CREATE TABLE evidence (
    reservation_id VARCHAR(40) NOT NULL,
    record_id      BIGINT NOT NULL,
    role           VARCHAR(40) NOT NULL,
    link_reason    VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_evidence PRIMARY KEY (record_id)
);
CREATE INDEX ix_evidence_reservation ON evidence (reservation_id);

CREATE TABLE unmatched (
    record_id BIGINT PRIMARY KEY,
    reason    VARCHAR(2000) NOT NULL
);

-- What was done to the workspace, when: imports, reconcile runs, exports.
CREATE TABLE journal (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action VARCHAR(40) NOT NULL,
    detail CLOB NOT NULL
);

CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
