-- The plan lists its tasks a, b, c, d, đ, e; byte order (and most collations) put đ after e.
ALTER TABLE plan_task ADD COLUMN position SMALLINT;
UPDATE plan_task SET position = array_position(
    ARRAY['NV1.a', 'NV1.b', 'NV1.c', 'NV1.d', 'NV1.đ', 'NV1.e', 'NV2.a', 'NV2.b', 'NV2.c', 'NV3.a', 'NV3.b', 'NV3.c'], code);
ALTER TABLE plan_task ALTER COLUMN position SET NOT NULL;
ALTER TABLE plan_task ADD CONSTRAINT plan_task_position_unique UNIQUE (position);
