-- Per-channel text variants of an item (issue #5): the publisher prepares a default from the item
-- (headline, standfirst, hashtags, link) within each channel's limits; an editor may store an edit
-- before publishing, and the social sender uses it when present. One edit per (item, channel); it
-- applies to whatever version is published next, so a correction does not silently drop it.
-- Limits are checked by the publisher's API (they depend on the channel kind), not here.
CREATE TABLE social_text (
    item_id    UUID        NOT NULL REFERENCES item (id),
    channel_id TEXT        NOT NULL REFERENCES output_channel (id),
    -- YouTube video title, Zalo article title; NULL for Facebook (no title) or to keep the default.
    title      TEXT,
    text       TEXT        NOT NULL,
    edited_by  TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, channel_id)
);
