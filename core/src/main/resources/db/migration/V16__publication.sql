-- Publications (issue #7): what the province put out, one row per output, as the indexer's
-- `publications` index and the yearly report count it. The indexer and any SQL cross-check read
-- this one definition.
--
-- (a) Delivered items: one row per (item, output channel) on which the item reached 'delivered' at
--     least once. published_at is the earliest such delivery_event; a correction's re-delivery is
--     not a new output and a later take-down does not remove it. URL and external id come from the
--     delivery of that first event.
-- (b) Airings: one row per slot on air whose stop has passed (view `airing`, V9).
--
-- id is unique across both kinds: 'delivery:<item id>:<channel id>' or 'airing:<slot id>'.
-- local_date and reporting_year are taken in Asia/Ho_Chi_Minh; the reporting year is the year of
-- the 30 November that closes the plan's reporting period (1 Dec 2025 – 30 Nov 2026 → 2026).

-- Finds an item's first delivered event per channel without scanning every state change.
CREATE INDEX delivery_event_delivered_idx ON delivery_event (delivery_id, at) WHERE to_state = 'delivered';

CREATE VIEW publication AS
WITH delivered AS (
    SELECT DISTINCT ON (d.item_id, d.channel_id)
           d.item_id, d.channel_id, e.at, d.external_url, d.external_id,
           e.external_url AS event_url, e.external_id AS event_external_id
    FROM delivery_event e
    JOIN delivery d ON d.id = e.delivery_id
    WHERE e.to_state = 'delivered'
    ORDER BY d.item_id, d.channel_id, e.at, e.id
),
output AS (
    SELECT 'delivery:' || x.item_id || ':' || x.channel_id            AS id,
           'delivery'                                                AS kind,
           x.item_id,
           NULL::uuid                                                AS slot_id,
           i.unit_id,
           CASE oc.kind WHEN 'web' THEN 'web' ELSE 'social' END      AS channel_kind,
           x.channel_id,
           oc.kind                                                   AS channel_type,
           i.type                                                    AS content_type,
           i.genre,
           i.plan_tasks,
           i.column_id,
           x.at                                                      AS published_at,
           FALSE                                                     AS live,
           coalesce(x.event_url, x.external_url)                     AS url,
           coalesce(x.event_external_id, x.external_id)              AS external_id,
           i.headline
    FROM delivered x
    JOIN item i ON i.id = x.item_id
    JOIN output_channel oc ON oc.id = x.channel_id
    UNION ALL
    SELECT 'airing:' || a.slot_id,
           'airing',
           a.item_id,
           a.slot_id,
           a.unit_id,
           'broadcast',
           a.channel_id,
           a.channel_kind,
           i.type,
           a.genre,
           a.plan_tasks,
           i.column_id,
           a.start_at,
           a.live,
           NULL,
           NULL,
           a.title
    FROM airing a
    LEFT JOIN item i ON i.id = a.item_id
)
SELECT o.*,
       (o.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date                                       AS local_date,
       extract(year FROM (o.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 month')::int AS reporting_year
FROM output o;
