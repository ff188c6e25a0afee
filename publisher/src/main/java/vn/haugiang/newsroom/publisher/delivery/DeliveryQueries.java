package vn.haugiang.newsroom.publisher.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads deliveries for the API, within one unit's channels or ({@code unit} null) all of them: filtered lists, newest first, with keyset (cursor) pagination on
 * ({@code created_at}, {@code id}), so pages stay stable while deliveries change state and deep pages
 * cost the same as the first; and one delivery with its event log.
 */
@Component
class DeliveryQueries {

    private final JdbcClient jdbc;

    DeliveryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    DeliveryPage list(@Nullable String unit, @Nullable UUID item, @Nullable String channel,
            @Nullable DeliveryState state, @Nullable String cursor, int limit) {
        var sql = new StringBuilder("SELECT " + DeliveryView.COLUMNS
                + " FROM delivery d JOIN output_channel c ON c.id = d.channel_id WHERE true");
        var params = new ArrayList<Object>();
        filter(sql, params, "c.unit_id = ?", unit);
        filter(sql, params, "d.item_id = ?", item);
        filter(sql, params, "d.channel_id = ?", channel);
        filter(sql, params, "d.state = ?", state == null ? null : state.code());
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" AND (d.created_at, d.id) < (?, ?)");
            params.add(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            params.add(after.id());
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC LIMIT ?");
        params.add(limit + 1);
        List<DeliveryView> rows = jdbc.sql(sql.toString()).params(params).query(DeliveryView::map).list();
        if (rows.size() <= limit) {
            return new DeliveryPage(rows, null);
        }
        List<DeliveryView> page = List.copyOf(rows.subList(0, limit));
        DeliveryView last = page.get(page.size() - 1);
        return new DeliveryPage(page, new Cursor(last.createdAt(), last.id()).encode());
    }

    /** The delivery with its events, oldest first; empty if there is none to a channel of {@code unit}. */
    @Transactional(readOnly = true)
    Optional<DeliveryView> get(@Nullable String unit, UUID id) {
        return jdbc.sql("SELECT " + DeliveryView.COLUMNS
                        + " FROM delivery d JOIN output_channel c ON c.id = d.channel_id"
                        + " WHERE d.id = :id AND (CAST(:unit AS text) IS NULL OR c.unit_id = :unit)")
                .param("id", id).param("unit", unit)
                .query(DeliveryView::map)
                .optional()
                .map(delivery -> delivery.withEvents(jdbc.sql("""
                                SELECT id, at, from_state, to_state, http_status, external_id, external_url, error,
                                       instance_id, actor
                                FROM delivery_event WHERE delivery_id = :id ORDER BY id
                                """)
                        .param("id", id).query(DeliveryView.Event::map).list()));
    }

    private static void filter(StringBuilder sql, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    /** A page of deliveries, newest first; {@code nextCursor} is null on the last page. */
    record DeliveryPage(List<DeliveryView> deliveries, @Nullable String nextCursor) {
    }

    /** Opaque to clients: base64url of "createdAt|id". */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
            catch (RuntimeException e) {
                throw DeliveryProblem.invalid("Not a cursor this API gave out.", "cursor");
            }
        }
    }
}
