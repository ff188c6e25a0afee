-- Deliveries (issue #5): output channels, the routing that chooses an item's channels, and one
-- delivery per (item version × channel) with its state and a log of every state change.
-- Routing follows the filter → product → subscriber model of newsroom systems: a column's
-- default channels and any enabled rule whose non-null criteria all match an item, plus or minus
-- the item's own choices.

-- A place content goes out to: a unit's web site, a Facebook Page, a YouTube channel, a Zalo
-- Official Account. 'needs_reauthorisation' is set by the publisher when the API refuses the
-- token (its deliveries wait, visibly); 'paused' is an operator's decision. Either way nothing is
-- sent there until it is 'active' again. Credentials are written encrypted by the channel
-- settings code; this table never holds them in the clear.
CREATE TABLE output_channel (
    id            TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    unit_id       TEXT        NOT NULL REFERENCES unit (id),
    kind          TEXT        NOT NULL CHECK (kind IN ('web', 'facebook', 'youtube', 'zalo')),
    name          TEXT        NOT NULL,
    base_url      TEXT,
    status        TEXT        NOT NULL DEFAULT 'active'
                              CHECK (status IN ('active', 'needs_reauthorisation', 'paused')),
    -- Why the status is what it is (e.g. the API's message for an expired token).
    status_reason TEXT,
    credentials   BYTEA,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO output_channel (id, unit_id, kind, name, base_url) VALUES
    ('web-bao-hau-giang',      'bao-hau-giang',       'web',      'Báo Hậu Giang điện tử', 'https://baohaugiang.vn/'),
    ('web-hgtv',               'dai-pt-th-hau-giang', 'web',      'Trang tin HGTV', NULL),
    ('facebook-bao-hau-giang', 'bao-hau-giang',       'facebook', 'Báo Hậu Giang (Facebook Page)', NULL),
    ('youtube-hgtv',           'dai-pt-th-hau-giang', 'youtube',  'HGTV (YouTube)', NULL),
    ('zalo-bao-hau-giang',     'bao-hau-giang',       'zalo',     'Báo Hậu Giang (Zalo OA)', NULL);

-- A rule routes the items that match all of its non-null criteria to one channel. A rule with
-- no criteria matches every item: allowed, but meant for a unit-wide rule at least.
CREATE TABLE routing_rule (
    id           UUID PRIMARY KEY,
    channel_id   TEXT        NOT NULL REFERENCES output_channel (id),
    unit_id      TEXT REFERENCES unit (id),
    column_id    UUID REFERENCES content_column (id),
    content_type TEXT CHECK (content_type IN ('article', 'photo_story', 'video_clip', 'audio_clip',
                                              'programme_segment')),
    plan_task    TEXT REFERENCES plan_task (code),
    enabled      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX routing_rule_channel_idx ON routing_rule (channel_id);

-- The per-item override: include a channel the rules do not give, or exclude one they do.
CREATE TABLE item_channel_choice (
    item_id    UUID        NOT NULL REFERENCES item (id),
    channel_id TEXT        NOT NULL REFERENCES output_channel (id),
    included   BOOLEAN     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, channel_id)
);

-- One item version to one channel. The unique key makes planning idempotent (INSERT … ON
-- CONFLICT DO NOTHING). 'unknown' means it may have been sent: it is never claimed again, only
-- reconciled (look for the post) or resolved by an operator. claimed_by/claimed_until are the
-- lease of the publisher instance working on it.
CREATE TABLE delivery (
    id               UUID PRIMARY KEY,
    item_id          UUID        NOT NULL REFERENCES item (id),
    item_version     BIGINT      NOT NULL CHECK (item_version >= 1),
    channel_id       TEXT        NOT NULL REFERENCES output_channel (id),
    state            TEXT        NOT NULL CHECK (state IN ('pending', 'in_progress', 'delivered', 'failed_retryable',
                                                           'failed_permanent', 'unknown', 'cancelled')),
    due_at           TIMESTAMPTZ NOT NULL,
    attempts         INT         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    external_id      TEXT,
    external_url     TEXT,
    last_http_status INT,
    last_error       TEXT,
    claimed_by       TEXT,
    claimed_until    TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (item_id, item_version, channel_id),
    CHECK (state <> 'in_progress' OR (claimed_by IS NOT NULL AND claimed_until IS NOT NULL))
);

-- The claim query: due deliveries in due order. Partial, so delivered and cancelled history does
-- not weigh on it.
CREATE INDEX delivery_due_idx ON delivery (due_at, id) WHERE state IN ('pending', 'failed_retryable');
-- Expired leases.
CREATE INDEX delivery_lease_idx ON delivery (claimed_until) WHERE state = 'in_progress';
CREATE INDEX delivery_channel_state_idx ON delivery (channel_id, state);
CREATE INDEX delivery_state_idx ON delivery (state, updated_at);

-- Every state change of a delivery, written in the transaction of the change. from_state is
-- NULL when the delivery is created; instance_id is the publisher instance that made the change
-- (NULL for planning).
CREATE TABLE delivery_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  UUID        NOT NULL REFERENCES delivery (id),
    at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    from_state   TEXT,
    to_state     TEXT        NOT NULL,
    http_status  INT,
    external_id  TEXT,
    external_url TEXT,
    error        TEXT,
    instance_id  TEXT
);

CREATE INDEX delivery_event_delivery_idx ON delivery_event (delivery_id, id);
