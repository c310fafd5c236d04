-- A record's raw text and its reading (JSON) are kept as UTF-8 bytes: H2 writes a character string one
-- character at a time, and these two columns are most of what an import writes (450 MB of text at 100 000
-- reservations). Converting keeps every character: H2 casts text to binary as UTF-8.
ALTER TABLE source_record ALTER COLUMN raw SET DATA TYPE VARBINARY(1000000000);
ALTER TABLE source_record ALTER COLUMN parsed SET DATA TYPE VARBINARY(1000000000);
