-- Publisher (issue #5): bounds on what a channel may hand back, the operator behind a manual
-- change, and the index of the deliveries API's newest-first pages.

-- An external id or URL longer than these is a channel's (or a misconfigured base URL's) fault,
-- not something to store: recording such an outcome fails, and the publish job records the
-- delivery failed_permanent with that reason instead (one bad answer never blocks the others).
-- 1024 is S3's own key limit (the web channel's external id is the object key); 2048 is the URL
-- length every browser, CDN and social API accepts.
ALTER TABLE delivery
    ALTER COLUMN external_id TYPE VARCHAR(1024),
    ALTER COLUMN external_url TYPE VARCHAR(2048);
ALTER TABLE delivery_event
    ALTER COLUMN external_id TYPE VARCHAR(1024),
    ALTER COLUMN external_url TYPE VARCHAR(2048);

-- Who made a manual change (retry, cancel) through the publisher API: the token's subject.
-- NULL for changes made by planning or by a publisher instance (instance_id).
ALTER TABLE delivery_event ADD COLUMN actor TEXT;

-- GET /api/deliveries: newest first, keyset-paged on (created_at, id).
CREATE INDEX delivery_created_idx ON delivery (created_at DESC, id DESC);
