-- Raw records are kept inline in their row instead of as LOBs: a LOB costs H2 several extra B-tree writes on
-- import and a background clean-up, and mail bodies are a few kilobytes, far below what a row can hold.
ALTER TABLE source_record ALTER COLUMN raw SET DATA TYPE VARCHAR(1000000000);
