-- What the last full reconcile learnt about the incident (term frequencies, estimated match weights), so a
-- recompute around one decision weighs evidence as the full run did. One row; replaced by each full run.
CREATE TABLE scoring (
    id   INT PRIMARY KEY,
    body CLOB NOT NULL,
    learnt_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
