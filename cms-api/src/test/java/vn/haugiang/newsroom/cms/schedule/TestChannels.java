package vn.haugiang.newsroom.cms.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throw-away broadcast channels of the broadcaster's unit, one per test, so tests never collide with each
 * other, with the seeded channels or with earlier runs against the same database; {@link #deleteAll()} removes
 * them and their slots (the outbox rows stay: they are history).
 */
final class TestChannels {

    private final JdbcClient jdbc;
    private final List<String> created = new ArrayList<>();

    TestChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String create() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO broadcast_channel (id, unit_id, kind, name) VALUES (?, 'dai-pt-th-hau-giang', 'tv', ?)")
                .params(id, "Kênh thử nghiệm " + id).update();
        created.add(id);
        return id;
    }

    void deleteAll() {
        for (String id : created) {
            jdbc.sql("DELETE FROM slot WHERE channel_id = ?").param(id).update();
            jdbc.sql("DELETE FROM broadcast_channel WHERE id = ?").param(id).update();
        }
        created.clear();
    }
}
