-- The transactional outbox: cms-api writes one row per committed change, in the change's own
-- transaction; the publisher and the indexer consume it with restartable batch readers.
CREATE TABLE outbox_event (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_type    TEXT        NOT NULL,
    aggregate_id      TEXT        NOT NULL,
    aggregate_version BIGINT      NOT NULL CHECK (aggregate_version >= 1),
    event_type        TEXT        NOT NULL,
    payload           JSONB       NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX outbox_event_aggregate_idx ON outbox_event (aggregate_type, aggregate_id, aggregate_version);
