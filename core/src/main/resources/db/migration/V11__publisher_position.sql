-- Publisher (issue #5): how far a publisher consumer has read the outbox. A consumer re-reads a
-- window of ids below last_id on every run, because outbox ids are taken when a transaction inserts
-- and can become visible out of order; its handling is idempotent, so re-reading is harmless.
CREATE TABLE publisher_position (
    name       TEXT PRIMARY KEY,
    last_id    BIGINT      NOT NULL DEFAULT 0 CHECK (last_id >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
