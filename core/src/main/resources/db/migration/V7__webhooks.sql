-- Webhooks (cms-api, package webhook): a unit's subscriptions to its items' ItemPublished,
-- ItemCorrected and ItemTakenDown outbox events, and one delivery per (subscription, event).

-- A receiver of a unit's item events. `secret` is the HMAC-SHA256 key of X-Newsroom-Signature; it
-- must stay readable to sign, so it is stored as given (protect the database and its backups).
-- A deleted subscription stays (active = false) so its delivery history can still be read.
CREATE TABLE webhook_subscription (
    id         UUID PRIMARY KEY,
    unit_id    TEXT        NOT NULL REFERENCES unit (id),
    url        TEXT        NOT NULL CHECK (url ~* '^https?://[^/?#]+' AND length(url) <= 2000),
    secret     TEXT        NOT NULL CHECK (length(secret) BETWEEN 16 AND 200),
    events     TEXT[]      NOT NULL CHECK (cardinality(events) >= 1
                                           AND events <@ ARRAY['ItemPublished', 'ItemCorrected', 'ItemTakenDown']),
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by UUID        NOT NULL REFERENCES app_user (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at TIMESTAMPTZ
);

CREATE INDEX webhook_subscription_unit_idx ON webhook_subscription (unit_id) WHERE active;

-- One event for one subscription. The unique pair makes creating it idempotent (INSERT ... ON
-- CONFLICT DO NOTHING), however often and from however many instances the outbox is scanned.
-- The event's type, time and payload are copied from outbox_event so a delivery can be sent (and
-- the outbox pruned) without going back to it. `attempts` counts sends started; `next_attempt_at`
-- is when the next one is due (NULL once delivered or failed).
CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    subscription_id UUID        NOT NULL REFERENCES webhook_subscription (id),
    outbox_event_id BIGINT      NOT NULL,
    event_type      TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    payload         JSONB       NOT NULL,
    state           TEXT        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INT         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ,
    last_attempt_at TIMESTAMPTZ,
    last_status     INT,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    UNIQUE (subscription_id, outbox_event_id),
    CHECK ((state = 'pending') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX webhook_delivery_history_idx ON webhook_delivery (subscription_id, created_at DESC);

-- How far the webhook fan-out has read the outbox: every outbox_event row with id <= last_id has
-- been turned into its deliveries. See OutboxFanOut for why it trails the newest id.
CREATE TABLE webhook_outbox_position (
    consumer TEXT PRIMARY KEY,
    last_id  BIGINT NOT NULL CHECK (last_id >= 0)
);

INSERT INTO webhook_outbox_position (consumer, last_id) VALUES ('webhooks', 0);
