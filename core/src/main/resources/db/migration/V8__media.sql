-- The media library (cms-api, package media): uploaded images, audio and video of a unit, their
-- renditions, and the resumable (S3 multipart) uploads that bring large clips in.

-- One stored file. The bytes live in the `media` bucket under storage_key
-- (unit/yyyy/mm/<id>-<slug>.<ext>, yyyy/mm in Asia/Ho_Chi_Minh); renditions under the same stem.
-- The same content is stored once per unit: UNIQUE (unit_id, sha256) decides (INSERT ... ON
-- CONFLICT DO NOTHING), never a look-up first. Per unit rather than global because a unit's
-- unpublished media are invisible to other units: a global match would hand one unit another's file.
-- `status` is 'storing' between claiming the row and the objects being written, then 'ready'; a row
-- left 'storing' by a crash is removed by the cleanup job. `metadata` is public (never GPS);
-- `private_metadata` holds what only the unit may see (GPS when configured to keep it).
CREATE TABLE media (
    id               UUID PRIMARY KEY,
    unit_id          TEXT        NOT NULL REFERENCES unit (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('image', 'audio', 'video')),
    content_type     TEXT        NOT NULL,
    size_bytes       BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256           TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    original_name    TEXT        NOT NULL CHECK (length(original_name) BETWEEN 1 AND 500),
    storage_key      TEXT        NOT NULL UNIQUE,
    status           TEXT        NOT NULL CHECK (status IN ('storing', 'ready')),
    version          BIGINT      NOT NULL DEFAULT 1 CHECK (version >= 1),
    published        BOOLEAN     NOT NULL DEFAULT FALSE,
    published_at     TIMESTAMPTZ,
    metadata         JSONB       NOT NULL DEFAULT '{}',
    private_metadata JSONB       NOT NULL DEFAULT '{}',
    renditions       JSONB       NOT NULL DEFAULT '[]',
    created_by       UUID        NOT NULL REFERENCES app_user (id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_id, sha256),
    CHECK (published = (published_at IS NOT NULL))
);

CREATE INDEX media_unit_created_idx ON media (unit_id, created_at DESC, id);
CREATE INDEX media_created_idx ON media (created_at);

-- The reference check (media used as an item's featured media cannot be deleted) looks items up by
-- featured_media; bodies are searched for the media id.
CREATE INDEX item_featured_media_idx ON item (featured_media) WHERE featured_media IS NOT NULL;

-- A resumable upload: an S3 multipart upload to a staging key, its state kept here so that it
-- survives a restart of cms-api. 'completing' marks the one request that is assembling it.
CREATE TABLE media_upload (
    id            UUID PRIMARY KEY,
    unit_id       TEXT        NOT NULL REFERENCES unit (id),
    created_by    UUID        NOT NULL REFERENCES app_user (id),
    file_name     TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 500),
    declared_size BIGINT      NOT NULL CHECK (declared_size > 0),
    claimed_type  TEXT,
    kind          TEXT        CHECK (kind IN ('image', 'audio', 'video')),
    staging_key   TEXT        NOT NULL UNIQUE,
    s3_upload_id  TEXT        NOT NULL,
    state         TEXT        NOT NULL CHECK (state IN ('open', 'completing', 'completed', 'aborted', 'failed')),
    media_id      UUID        REFERENCES media (id) ON DELETE SET NULL,
    failure       TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX media_upload_open_idx ON media_upload (expires_at) WHERE state IN ('open', 'completing');

-- The parts S3 has acknowledged; a part sent again replaces the row (and the part in S3).
CREATE TABLE media_upload_part (
    upload_id   UUID        NOT NULL REFERENCES media_upload (id) ON DELETE CASCADE,
    part_number INT         NOT NULL CHECK (part_number BETWEEN 1 AND 10000),
    size_bytes  BIGINT      NOT NULL CHECK (size_bytes > 0),
    etag        TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (upload_id, part_number)
);
