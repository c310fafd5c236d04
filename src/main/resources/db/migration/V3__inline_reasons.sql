-- Reasons are short text read with every reservation: keep them in the row instead of a LOB.
ALTER TABLE reservation ALTER COLUMN reasons SET DATA TYPE VARCHAR(100000);
