-- Programmes become editable over the API (issue #6: producers manage their shows and series):
-- a version for If-Match/ETag like slots, and when it last changed. Titles are looked up per unit.
ALTER TABLE programme
    ADD COLUMN version    BIGINT      NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

CREATE INDEX programme_unit_title_idx ON programme (unit_id, title);
