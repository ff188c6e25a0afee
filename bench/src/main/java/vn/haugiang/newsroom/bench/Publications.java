package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates delivered publications for the counting stage, in SQL: {@code count} delivery rows
 * (state {@code delivered}) over the published bench items and the five output channels, each with
 * its two {@code delivery_event} rows (planned → pending, in_progress → delivered) at a time spread
 * over five reporting years (December 2021 – November 2026, Asia/Ho_Chi_Minh). These are the rows
 * the {@code publication} view and the indexer's publications index are built from.
 *
 * <p>A delivery is one item version to one channel; to reach a million over N items the rows use
 * item versions from 1001 up (unique with channel and item), which the current items' versions never
 * reach. Ids {@code 00000000-0000-4000-b000-…}.
 */
final class Publications {

    private Publications() {
    }

    /** How many bench items are published (generator states 1–11 of every 20), the first of them n = 1. */
    static long publishedItems(int items) {
        return (items / 20) * 11L + Math.min(11, Math.max(0, items % 20 - 1));
    }

    static void generate(Connection db, int items, long count) throws SQLException {
        long published = publishedItems(items);
        if (published == 0) {
            throw new IllegalArgumentException("no published bench item to publish: generate more items");
        }
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM delivery_event WHERE delivery_id IN (SELECT id FROM delivery WHERE id::text LIKE '00000000-0000-4000-b000-%')");
            sql.execute("DELETE FROM delivery WHERE id::text LIKE '00000000-0000-4000-b000-%'");
            // k-th published item: n = (k / 11) * 20 + 1 + k % 11; channel and version make the key unique.
            sql.execute("""
                    CREATE TEMP TABLE bench_publication ON COMMIT DROP AS
                    SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid AS id,
                           ('%1$s' || lpad(to_hex(((g %% %2$d) / 11) * 20 + 1 + (g %% %2$d) %% 11), 12, '0'))::uuid AS item_id,
                           1001 + g / (%2$d * 5) AS item_version,
                           (ARRAY['web-bao-hau-giang', 'facebook-bao-hau-giang', 'zalo-bao-hau-giang', 'web-hgtv', 'youtube-hgtv'])[1 + (g / %2$d) %% 5] AS channel_id,
                           timestamptz '2021-12-01 00:00:00+07' + ((g * 2654435761) %% (5 * 365 * 86400)) * interval '1 second' AS at
                    FROM generate_series(0::bigint, %3$d - 1) g""".formatted(Generator.ID_PREFIX, published, count));
            sql.execute("""
                    INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, attempts, external_id,
                                          external_url, created_at, updated_at)
                    SELECT id, item_id, item_version, channel_id, 'delivered', at - interval '1 minute', 1,
                           'bench-' || id, 'https://baohaugiang.vn/tin/bench-' || id || '.html', at - interval '1 minute', at
                    FROM bench_publication""");
            sql.execute("""
                    INSERT INTO delivery_event (delivery_id, at, from_state, to_state, http_status, external_id, instance_id)
                    SELECT id, at - interval '1 minute', NULL, 'pending', NULL, NULL, NULL FROM bench_publication
                    UNION ALL
                    SELECT id, at, 'in_progress', 'delivered', 200, 'bench-' || id, 'bench' FROM bench_publication""");
            db.commit();
            sql.execute("ANALYZE delivery");
            sql.execute("ANALYZE delivery_event");
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
