package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates {@code count} publications for the counting stage, in SQL, as rows of the
 * {@code publication} view (V16) — one per (item, output channel) first delivered, one per aired
 * slot — spread over five reporting years (1 December 2021 – 30 November 2026, Asia/Ho_Chi_Minh).
 *
 * <p>An output is counted once per item and channel, so the deliveries alone cannot reach a
 * million: every published bench item is delivered once to each of the five output channels
 * (a {@code delivery} in state {@code delivered} with its two {@code delivery_event} rows, ids
 * {@code 00000000-0000-4000-b000-…}), and the rest are airings: slots on 75 commune loudspeaker
 * channels ({@code bench-loa-01}…{@code bench-loa-75}, kind {@code loudspeaker}, owned by the
 * district units, plan task NV2.b's outlet), each linked to a published bench item, 15 minutes
 * long (shorter only if the count leaves less room), evenly spaced and never overlapping on a
 * channel, all ended before 30 November 2026 (ids {@code 00000000-0000-4000-c000-…}). Neither kind
 * gets outbox rows: the indexer's rebuild job reads them from the view.
 */
final class Publications {

    static final String DELIVERY_PREFIX = "00000000-0000-4000-b000-";
    static final String SLOT_PREFIX = "00000000-0000-4000-c000-";
    static final int LOUDSPEAKER_CHANNELS = 75;
    static final String[] OUTPUT_CHANNELS = {"web-bao-hau-giang", "facebook-bao-hau-giang", "zalo-bao-hau-giang", "web-hgtv",
            "youtube-hgtv"};

    /** Five reporting years, in seconds: the span the publications are spread over. */
    private static final long SPAN_SECONDS = 5L * 365 * 86400;

    private Publications() {
    }

    /** How many bench items are published (generator states 1–11 of every 20), the first of them n = 1. */
    static long publishedItems(int items) {
        return (items / 20) * 11L + Math.min(11, Math.max(0, items % 20 - 1));
    }

    /** How many of {@code count} publications are deliveries; the rest are airings. */
    static long deliveries(int items, long count) {
        return Math.min(count, publishedItems(items) * OUTPUT_CHANNELS.length);
    }

    /**
     * Removes the rows a previous run generated (bench loudspeaker channels included) and every other
     * delivery of a bench item (the publishing stage's web deliveries), which would otherwise already
     * count for some of the generated (item, channel) pairs.
     */
    static void remove(Statement sql) throws SQLException {
        String bench = "BETWEEN '" + Generator.FIRST_ID + "' AND '" + Generator.LAST_ID + "'";
        sql.execute("DELETE FROM delivery_event WHERE delivery_id IN (SELECT id FROM delivery WHERE id::text LIKE '"
                + DELIVERY_PREFIX + "%' OR item_id " + bench + ")");
        sql.execute("DELETE FROM delivery WHERE id::text LIKE '" + DELIVERY_PREFIX + "%' OR item_id " + bench);
        sql.execute("DELETE FROM slot WHERE id::text LIKE '" + SLOT_PREFIX + "%' OR channel_id LIKE 'bench-loa-%' OR item_id " + bench);
        sql.execute("DELETE FROM broadcast_channel WHERE id LIKE 'bench-loa-%'");
    }

    static void generate(Connection db, int items, long count) throws SQLException {
        long published = publishedItems(items);
        if (published == 0) {
            throw new IllegalArgumentException("no published bench item to publish: generate more items");
        }
        long deliveries = deliveries(items, count);
        long airings = count - deliveries;
        long perChannel = (airings + LOUDSPEAKER_CHANNELS - 1) / LOUDSPEAKER_CHANNELS;
        long spacing = perChannel == 0 ? SPAN_SECONDS : SPAN_SECONDS / perChannel;
        if (spacing < 60) {
            throw new IllegalArgumentException(count + " publications do not fit five years of " + LOUDSPEAKER_CHANNELS
                    + " loudspeaker channels with slots of at least a minute");
        }
        // The k-th published item (k ≥ 0) is n = (k / 11) * 20 + 1 + k % 11 (generator states 1–11 of every 20).
        String itemOf = "('" + Generator.ID_PREFIX + "' || lpad(to_hex(((%1$s %% " + published + ") / 11) * 20 + 1 + (%1$s %% "
                + published + ") %% 11), 12, '0'))::uuid";
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            remove(sql);
            sql.execute("""
                    CREATE TEMP TABLE bench_publication ON COMMIT DROP AS
                    SELECT ('%1$s' || lpad(to_hex(g), 12, '0'))::uuid AS id,
                           %2$s AS item_id,
                           (ARRAY['%3$s'])[1 + g / %4$d] AS channel_id,
                           timestamptz '2021-12-01 00:00:00+07' + ((g * 2654435761) %% %5$d) * interval '1 second' AS at
                    FROM generate_series(0::bigint, %6$d - 1) g""".formatted(DELIVERY_PREFIX, itemOf.formatted("g"),
                    String.join("', '", OUTPUT_CHANNELS), published, SPAN_SECONDS, deliveries));
            sql.execute("""
                    INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, attempts, external_id,
                                          external_url, created_at, updated_at)
                    SELECT b.id, b.item_id, i.version, b.channel_id, 'delivered', b.at - interval '1 minute', 1,
                           'bench-' || b.id, 'https://baohaugiang.vn/tin/bench-' || b.id || '.html', b.at - interval '1 minute', b.at
                    FROM bench_publication b JOIN item i ON i.id = b.item_id""");
            sql.execute("""
                    INSERT INTO delivery_event (delivery_id, at, from_state, to_state, http_status, external_id, instance_id)
                    SELECT id, at - interval '1 minute', NULL, 'pending', NULL, NULL, NULL FROM bench_publication
                    UNION ALL
                    SELECT id, at, 'in_progress', 'delivered', 200, 'bench-' || id, 'bench' FROM bench_publication""");
            if (airings > 0) {
                sql.execute("""
                        INSERT INTO broadcast_channel (id, unit_id, kind, name)
                        SELECT 'bench-loa-' || lpad(c::text, 2, '0'),
                               (ARRAY['ubnd-vi-thanh', 'ubnd-nga-bay', 'ubnd-long-my-tx', 'ubnd-chau-thanh', 'ubnd-chau-thanh-a',
                                      'ubnd-phung-hiep', 'ubnd-vi-thuy', 'ubnd-long-my'])[1 + c %% 8],
                               'loudspeaker',
                               'Đài truyền thanh cơ sở ' || lpad(c::text, 2, '0') || ' (dữ liệu đo hiệu năng)'
                        FROM generate_series(1, %d) c""".formatted(LOUDSPEAKER_CHANNELS));
                // Slot j: channel 1 + j mod 75, the (j / 75)-th of that channel, evenly spaced.
                sql.execute("""
                        INSERT INTO slot (id, channel_id, item_id, title, start_at, stop_at, genre, created_by)
                        SELECT ('%1$s' || lpad(to_hex(j), 12, '0'))::uuid,
                               'bench-loa-' || lpad((1 + j %% %2$d)::text, 2, '0'),
                               i.id, left(i.headline, 500), s.start_at, s.start_at + %3$d * interval '1 second', 'bản tin', '%4$s'
                        FROM generate_series(0::bigint, %5$d - 1) j
                        CROSS JOIN LATERAL (SELECT timestamptz '2021-12-01 00:00:00+07'
                                                   + (j / %2$d) * %6$d * interval '1 second' AS start_at) s
                        JOIN item i ON i.id = %7$s""".formatted(SLOT_PREFIX, LOUDSPEAKER_CHANNELS, Math.min(900, spacing),
                        Generator.USER_ID, airings, spacing, itemOf.formatted("j")));
            }
            db.commit();
            sql.execute("ANALYZE delivery");
            sql.execute("ANALYZE delivery_event");
            sql.execute("ANALYZE slot");
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
