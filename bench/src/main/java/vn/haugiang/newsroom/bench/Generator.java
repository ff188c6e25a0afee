package vn.haugiang.newsroom.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts N items straight into PostgreSQL with SQL (an {@code INSERT … SELECT} over
 * {@code generate_series}): far faster than the API, and the same rows the API would write.
 *
 * <p>Bench rows are recognisable by their ids, so a new run removes only them:
 * items {@code 00000000-0000-4000-8000-<n in hex>} (n = 1…N, so wrk and pgbench compute ids
 * without a lookup), columns {@code 00000000-0000-4000-9000-…}, one user {@code bench.generator}.
 *
 * <p>The mix: units Báo Hậu Giang 50 %, Đài PT-TH 30 %, Sở TT&amp;TT and the districts 20 %; four
 * columns (Báo's two go to its web site); articles, photo stories, clips and programme segments;
 * states 60 % published, 5 % corrected, the rest draft, submitted, approved, scheduled, taken
 * down, archived; one or two plan tasks each; published dates over five reporting years. Headlines
 * and standfirsts come from DANeS, bodies are 6–12 Binhvq sentences. Each item gets the outbox row
 * its last change would have written (e.g. {@code ItemPublished}), which the indexer and the
 * publisher consume.
 */
final class Generator {

    static final String ID_PREFIX = "00000000-0000-4000-8000-";
    static final String FIRST_ID = ID_PREFIX + "000000000000";
    static final String LAST_ID = ID_PREFIX + "ffffffffffff";
    static final String USER_ID = "00000000-0000-4000-a000-000000000001";

    private Generator() {
    }

    /** The id of the n-th bench item (n ≥ 1). */
    static String itemId(long n) {
        return ID_PREFIX + String.format("%012x", n);
    }

    /** Removes the previous bench rows, then inserts {@code items} items and their outbox rows. */
    static void generate(Connection db, Corpus corpus, int items) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            removeBenchRows(sql);
            sql.execute("CREATE TEMP TABLE bench_sentence (n INT PRIMARY KEY, text TEXT NOT NULL) ON COMMIT DROP");
            sql.execute("CREATE TEMP TABLE bench_headline (n INT PRIMARY KEY, title TEXT NOT NULL, description TEXT) ON COMMIT DROP");
            load(db, corpus);
            sql.execute("""
                    INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                    VALUES ('%s', 'bench.generator', 'Bộ sinh dữ liệu đo hiệu năng', '!', 'SYSTEM_ADMIN', 'so-tt-tt')
                    ON CONFLICT DO NOTHING""".formatted(USER_ID));
            sql.execute("""
                    INSERT INTO content_column (id, unit_id, slug, name, kind, default_channels) VALUES
                      ('00000000-0000-4000-9000-000000000001', 'bao-hau-giang', 'bench-an-toan-thong-tin', 'An toàn thông tin', 'column', '{web-bao-hau-giang}'),
                      ('00000000-0000-4000-9000-000000000002', 'bao-hau-giang', 'bench-chuyen-doi-so', 'Chuyển đổi số', 'special_page', '{web-bao-hau-giang}'),
                      ('00000000-0000-4000-9000-000000000003', 'dai-pt-th-hau-giang', 'bench-canh-bao-lua-dao', 'Cảnh báo lừa đảo', 'column', '{}'),
                      ('00000000-0000-4000-9000-000000000004', 'dai-pt-th-hau-giang', 'bench-thoi-su', 'Thời sự', 'column', '{}')
                    ON CONFLICT DO NOTHING""");
            sql.execute(ITEMS.formatted(ID_PREFIX, corpus.sentences().size(), corpus.headlines().size(), USER_ID, items));
            sql.execute("""
                    INSERT INTO outbox_event (aggregate_type, aggregate_id, aggregate_version, event_type, payload, occurred_at)
                    SELECT 'item', id::text, version,
                           CASE state WHEN 'published' THEN 'ItemPublished' WHEN 'corrected' THEN 'ItemCorrected'
                                      WHEN 'taken_down' THEN 'ItemTakenDown' WHEN 'archived' THEN 'ItemArchived'
                                      WHEN 'submitted' THEN 'ItemSubmitted' WHEN 'approved' THEN 'ItemApproved'
                                      WHEN 'scheduled' THEN 'ItemScheduled' ELSE 'ItemCreated' END,
                           jsonb_build_object('id', id::text, 'unit', unit_id, 'type', type, 'state', state,
                                              'version', version, 'revision', revision),
                           clock_timestamp()
                    FROM item WHERE id BETWEEN '%s' AND '%s' ORDER BY id""".formatted(FIRST_ID, LAST_ID));
            db.commit();
            sql.execute("ANALYZE item");
            sql.execute("ANALYZE outbox_event");
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Deletes every row the generator and the stages made from bench items, children first. */
    static void removeBenchRows(Statement sql) throws SQLException {
        String bench = "BETWEEN '" + FIRST_ID + "' AND '" + LAST_ID + "'";
        Publications.remove(sql);
        sql.execute("DELETE FROM delivery_event WHERE delivery_id IN (SELECT id FROM delivery WHERE item_id " + bench + ")");
        sql.execute("DELETE FROM delivery WHERE item_id " + bench);
        sql.execute("DELETE FROM item_channel_choice WHERE item_id " + bench);
        sql.execute("DELETE FROM item_revision WHERE item_id " + bench);
        sql.execute("DELETE FROM workflow_event WHERE item_id " + bench);
        sql.execute("DELETE FROM outbox_event WHERE aggregate_type = 'item' AND aggregate_id LIKE '" + ID_PREFIX + "%'");
        sql.execute("DELETE FROM item WHERE id " + bench);
    }

    private static void load(Connection db, Corpus corpus) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_sentence VALUES (?, ?)")) {
            for (int i = 0; i < corpus.sentences().size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, escapeHtml(corpus.sentences().get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_headline VALUES (?, ?, ?)")) {
            for (int i = 0; i < corpus.headlines().size(); i++) {
                Corpus.Headline headline = corpus.headlines().get(i);
                insert.setInt(1, i);
                insert.setString(2, headline.title().length() > 480 ? headline.title().substring(0, 480) : headline.title());
                insert.setString(3, headline.description().isEmpty() ? null : headline.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** %1$s id prefix, %2$d sentences, %3$d headlines, %4$s user id, %5$d items. */
    private static final String ITEMS = """
            INSERT INTO item (id, unit_id, type, genre, state, version, revision, headline, standfirst, body, column_id,
                              tags, plan_tasks, slug, publish_at, first_published_at, takedown_reason, created_by,
                              created_at, updated_at)
            SELECT ('%1$s' || lpad(to_hex(g), 12, '0'))::uuid, u.unit, t.type,
                   CASE WHEN t.type = 'programme_segment' THEN (ARRAY['phóng sự', 'tọa đàm', 'bản tin'])[1 + g %% 3] END,
                   s.state, 1 + g %% 3, 1 + g %% 3,
                   h.title, h.description, b.body,
                   CASE u.unit WHEN 'bao-hau-giang' THEN ('00000000-0000-4000-9000-00000000000' || (1 + g %% 2))::uuid
                               WHEN 'dai-pt-th-hau-giang' THEN ('00000000-0000-4000-9000-00000000000' || (3 + g %% 2))::uuid END,
                   CASE g %% 5 WHEN 0 THEN ARRAY['an toàn thông tin', 'lừa đảo trực tuyến'] WHEN 1 THEN ARRAY['chuyển đổi số']
                               WHEN 2 THEN ARRAY['mã độc', 'an ninh mạng'] WHEN 3 THEN ARRAY['bảo vệ dữ liệu cá nhân']
                               ELSE ARRAY[]::text[] END,
                   CASE WHEN g %% 4 = 0
                        THEN ARRAY[(ARRAY['NV1.a','NV1.b','NV1.c','NV1.d','NV1.đ','NV1.e','NV2.a','NV2.b','NV2.c','NV3.a','NV3.b','NV3.c'])[1 + g %% 12],
                                   (ARRAY['NV1.a','NV1.b','NV1.c','NV1.d','NV1.đ','NV1.e','NV2.a','NV2.b','NV2.c','NV3.a','NV3.b','NV3.c'])[1 + (g / 12) %% 12]]
                        ELSE ARRAY[(ARRAY['NV1.a','NV1.b','NV1.c','NV1.d','NV1.đ','NV1.e','NV2.a','NV2.b','NV2.c','NV3.a','NV3.b','NV3.c'])[1 + g %% 12]] END,
                   'bench-' || g,
                   CASE WHEN s.state = 'scheduled' THEN now() + interval '30 days' END,
                   CASE WHEN s.state IN ('published', 'corrected', 'taken_down', 'archived') THEN p.at END,
                   CASE WHEN s.state = 'taken_down' THEN 'Gỡ theo yêu cầu của Sở TT&TT' END,
                   '%4$s', p.at - interval '2 hours', p.at
            FROM generate_series(1, %5$d) g
            CROSS JOIN LATERAL (SELECT CASE WHEN g %% 10 < 5 THEN 'bao-hau-giang' WHEN g %% 10 < 8 THEN 'dai-pt-th-hau-giang'
                                            WHEN g %% 10 = 8 THEN 'so-tt-tt'
                                            ELSE (ARRAY['ubnd-vi-thanh', 'ubnd-nga-bay', 'ubnd-long-my-tx', 'ubnd-chau-thanh',
                                                        'ubnd-phung-hiep', 'vnpt-hau-giang', 'so-gd-dt'])[1 + (g / 10) %% 7] END AS unit) u
            CROSS JOIN LATERAL (SELECT CASE WHEN u.unit = 'dai-pt-th-hau-giang'
                                            THEN (ARRAY['programme_segment', 'video_clip', 'audio_clip'])[1 + (g / 10) %% 3]
                                            WHEN g %% 7 = 0 THEN 'photo_story' ELSE 'article' END AS type) t
            CROSS JOIN LATERAL (SELECT CASE WHEN g %% 20 < 12 THEN 'published' WHEN g %% 20 = 12 THEN 'corrected'
                                            WHEN g %% 20 IN (13, 19) THEN 'draft' WHEN g %% 20 = 14 THEN 'submitted'
                                            WHEN g %% 20 = 15 THEN 'approved' WHEN g %% 20 = 16 THEN 'scheduled'
                                            WHEN g %% 20 = 17 THEN 'taken_down' ELSE 'archived' END AS state) s
            CROSS JOIN LATERAL (SELECT timestamptz '2021-12-01 00:00:00+07'
                                       + ((g::bigint * 2654435761) %% (5 * 365 * 86400)) * interval '1 second' AS at) p
            JOIN bench_headline h ON h.n = g %% %3$d
            CROSS JOIN LATERAL (SELECT string_agg('<p>' || x.text || '</p>', '' ORDER BY k) AS body
                                FROM generate_series(0, 5 + g %% 7) k
                                JOIN bench_sentence x ON x.n = (g * 37 + k * 101) %% %2$d) b
            """;
}
