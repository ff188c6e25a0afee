-- Columns (chuyên mục) and special pages (chuyên trang) of a unit, with the output channels
-- their items go to unless an item says otherwise.
CREATE TABLE content_column (
    id               UUID PRIMARY KEY,
    unit_id          TEXT        NOT NULL REFERENCES unit (id),
    slug             TEXT        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             TEXT        NOT NULL,
    kind             TEXT        NOT NULL CHECK (kind IN ('column', 'special_page')),
    default_channels TEXT[]      NOT NULL DEFAULT '{}',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_id, slug)
);

-- An item in its current state. `version` is the optimistic-concurrency token (the ETag) and
-- grows with every committed change; `revision` counts saved contents (item_revision).
CREATE TABLE item (
    id               UUID PRIMARY KEY,
    unit_id          TEXT        NOT NULL REFERENCES unit (id),
    type             TEXT        NOT NULL CHECK (type IN ('article', 'photo_story', 'video_clip', 'audio_clip',
                                                          'programme_segment')),
    genre            TEXT,
    state            TEXT        NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'scheduled',
                                                           'published', 'corrected', 'taken_down', 'archived')),
    version          BIGINT      NOT NULL CHECK (version >= 1),
    revision         INT         NOT NULL CHECK (revision >= 1),
    headline         TEXT        NOT NULL CHECK (length(headline) BETWEEN 1 AND 500),
    standfirst       TEXT,
    body             TEXT        NOT NULL DEFAULT '',
    byline           TEXT,
    column_id        UUID REFERENCES content_column (id),
    tags             TEXT[]      NOT NULL DEFAULT '{}',
    plan_tasks       TEXT[]      NOT NULL DEFAULT '{}',
    language         TEXT        NOT NULL DEFAULT 'vi',
    slug             TEXT        NOT NULL,
    featured_media   UUID,
    related_items    UUID[]      NOT NULL DEFAULT '{}',
    embargo_until    TIMESTAMPTZ,
    expires_at       TIMESTAMPTZ,
    publish_at       TIMESTAMPTZ,
    first_published_at TIMESTAMPTZ,
    takedown_reason  TEXT,
    created_by       UUID        NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (type = 'programme_segment' OR genre IS NULL),
    UNIQUE (unit_id, slug)
);

CREATE INDEX item_unit_state_idx ON item (unit_id, state, updated_at DESC, id);
CREATE INDEX item_plan_tasks_idx ON item USING gin (plan_tasks);

-- Every save is a revision: the full editable content as JSON, so any two can be diffed and any
-- one restored.
CREATE TABLE item_revision (
    item_id    UUID        NOT NULL REFERENCES item (id),
    revision   INT         NOT NULL,
    content    JSONB       NOT NULL,
    author     UUID        NOT NULL REFERENCES app_user (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, revision)
);

-- The audit log of workflow steps: who, when, from, to, comment.
CREATE TABLE workflow_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     UUID        NOT NULL REFERENCES item (id),
    action      TEXT        NOT NULL,
    from_state  TEXT,
    to_state    TEXT        NOT NULL,
    actor       UUID        NOT NULL REFERENCES app_user (id),
    comment     TEXT,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX workflow_event_item_idx ON workflow_event (item_id, id);
