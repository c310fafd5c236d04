-- Field sources move into their reservation's row (one JSON array, as FieldSourcesCodec writes it): one row per
-- field was two thirds of all the rows a reconcile wrote. Existing output is carried over, then the table goes.
ALTER TABLE reservation ADD COLUMN field_sources VARCHAR(1000000) DEFAULT '' NOT NULL;
UPDATE reservation r SET field_sources = COALESCE((
    SELECT CAST(JSON_ARRAYAGG(JSON_OBJECT('field': f.field, 'value': f.field_value, 'record': f.record_id,
                                          'staff': f.staff_edit ABSENT ON NULL) ORDER BY f.field) AS VARCHAR(1000000))
    FROM reservation_field f WHERE f.reservation_id = r.id), '');
DROP TABLE reservation_field;
