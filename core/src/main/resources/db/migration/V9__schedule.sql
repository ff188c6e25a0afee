-- Broadcast schedules (issue #6): the broadcaster's channels, its programmes (shows, series) and
-- the slots that put programmes, segments and clips on air. Intervals are half-open
-- [start_at, stop_at), as in XMLTV: back-to-back slots neither overlap nor leave a gap.
CREATE TABLE broadcast_channel (
    id         TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    unit_id    TEXT        NOT NULL REFERENCES unit (id),
    kind       TEXT        NOT NULL CHECK (kind IN ('tv', 'radio', 'loudspeaker')),
    name       TEXT        NOT NULL,
    -- Local days (day views, day files) are taken in this zone; times are stored as instants.
    time_zone  TEXT        NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO broadcast_channel (id, unit_id, kind, name) VALUES
    ('hgtv',     'dai-pt-th-hau-giang', 'tv',    'Truyền hình Hậu Giang (HGTV)'),
    ('hg-radio', 'dai-pt-th-hau-giang', 'radio', 'Phát thanh Hậu Giang');

-- A show or series; its episodes and segments are CMS items linked from slots.
CREATE TABLE programme (
    id         UUID PRIMARY KEY,
    unit_id    TEXT        NOT NULL REFERENCES unit (id),
    title      TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    genre      TEXT,
    rating     TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One slot on air. Overlaps are refused by the API (it locks the channel row, then checks), except
-- with an explicit override_reason (breaking news), which is kept and shown. `version` is the ETag.
CREATE TABLE slot (
    id              UUID PRIMARY KEY,
    channel_id      TEXT        NOT NULL REFERENCES broadcast_channel (id),
    programme_id    UUID REFERENCES programme (id),
    item_id         UUID REFERENCES item (id),
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    start_at        TIMESTAMPTZ NOT NULL,
    stop_at         TIMESTAMPTZ NOT NULL,
    live            BOOLEAN     NOT NULL DEFAULT FALSE,
    repeat_of       UUID REFERENCES slot (id) ON DELETE SET NULL,
    genre           TEXT,
    rating          TEXT,
    override_reason TEXT CHECK (override_reason IS NULL OR length(btrim(override_reason)) > 0),
    created_by      UUID        NOT NULL REFERENCES app_user (id),
    version         BIGINT      NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (stop_at > start_at)
);

CREATE INDEX slot_channel_start_idx ON slot (channel_id, start_at);
CREATE INDEX slot_item_idx ON slot (item_id) WHERE item_id IS NOT NULL;

-- Airings are output: every slot whose stop has passed, as the publication the yearly count reads
-- (channel, genre, the plan-task codes of the linked item). A view for now; the indexer may
-- materialise it from the outbox (aggregate_type 'slot') later.
CREATE VIEW airing AS
SELECT s.id                                   AS slot_id,
       s.channel_id,
       c.unit_id,
       c.kind                                 AS channel_kind,
       s.title,
       s.start_at,
       s.stop_at,
       s.live,
       coalesce(s.genre, i.genre, p.genre)    AS genre,
       s.item_id,
       coalesce(i.plan_tasks, '{}'::text[])   AS plan_tasks
FROM slot s
JOIN broadcast_channel c ON c.id = s.channel_id
LEFT JOIN item i ON i.id = s.item_id
LEFT JOIN programme p ON p.id = s.programme_id
WHERE s.stop_at <= now();
