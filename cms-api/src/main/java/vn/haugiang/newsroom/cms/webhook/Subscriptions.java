package vn.haugiang.newsroom.cms.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code webhook_subscription}. Callers hold the transaction. */
@Repository
class Subscriptions {

    private static final String COLUMNS = "id, unit_id, url, events, active, created_at";

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WebhookSubscription insert(UUID id, String unit, String url, List<String> events, String secret, UUID createdBy) {
        return jdbc.sql("INSERT INTO webhook_subscription (id, unit_id, url, events, secret, created_by)"
                        + " VALUES (:id, :unit, :url, CAST(:events AS text[]), :secret, :createdBy) RETURNING " + COLUMNS)
                .param("id", id).param("unit", unit).param("url", url).param("events", events.toArray(String[]::new))
                .param("secret", secret).param("createdBy", createdBy)
                .query(Subscriptions::map)
                .single();
    }

    Optional<WebhookSubscription> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?")
                .param(id).query(Subscriptions::map).optional();
    }

    /** Active subscriptions, of one unit or (null) of all, oldest first. */
    List<WebhookSubscription> listActive(@Nullable String unit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription"
                        + " WHERE active AND (CAST(:unit AS text) IS NULL OR unit_id = :unit) ORDER BY created_at, id")
                .param("unit", unit).query(Subscriptions::map).list();
    }

    boolean unitExists(String unit) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit WHERE id = ?)").param(unit).query(Boolean.class).single();
    }

    /** Stops the subscription and fails what it still had to send, in the caller's transaction; idempotent. */
    void deactivate(UUID id) {
        jdbc.sql("UPDATE webhook_subscription SET active = FALSE, deleted_at = now() WHERE id = ? AND active")
                .param(id).update();
        // A send already in flight still reaches the receiver, but its outcome is not recorded:
        // the row is no longer pending (Deliveries.record).
        jdbc.sql("""
                UPDATE webhook_delivery SET state = 'failed', next_attempt_at = NULL,
                       last_error = 'subscription deleted before delivery'
                WHERE subscription_id = ? AND state = 'pending'
                """).param(id).update();
    }

    private static WebhookSubscription map(ResultSet rs, int row) throws SQLException {
        Array events = rs.getArray("events");
        return new WebhookSubscription(rs.getObject("id", UUID.class), rs.getString("unit_id"), rs.getString("url"),
                List.of((String[]) events.getArray()), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
