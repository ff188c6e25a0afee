package vn.haugiang.newsroom.indexer.indexing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads items in their current state from PostgreSQL (tables item, unit, content_column) and turns
 * each row into a {@link ContentDocument}: text to NFC (so NFD input is found and highlighted like
 * composed text), body HTML to plain text, dates to UTC.
 */
final class ItemRows {

    /** Every item with what its document needs; callers append a WHERE or ORDER BY. */
    static final String SELECT = """
            SELECT i.id, i.unit_id, u.name AS unit_name, i.type, i.genre, i.state, i.version, i.revision,
                   i.headline, i.standfirst, i.body, i.column_id, c.name AS column_name, i.tags, i.plan_tasks,
                   i.updated_at, i.first_published_at
            FROM item i
            JOIN unit u ON u.id = i.unit_id
            LEFT JOIN content_column c ON c.id = i.column_id
            """;

    static final RowMapper<ContentDocument> MAPPER = ItemRows::document;

    private final JdbcClient jdbc;

    ItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current documents of the given items; ids with no item row are left out. */
    List<ContentDocument> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.id IN (:ids) ORDER BY i.id")
                .param("ids", List.copyOf(ids))
                .query(MAPPER)
                .list();
    }

    private static ContentDocument document(ResultSet rs, int row) throws SQLException {
        return new ContentDocument(
                rs.getString("id"),
                rs.getString("unit_id"),
                nfc(rs.getString("unit_name")),
                rs.getString("type"),
                rs.getString("genre"),
                rs.getString("state"),
                rs.getLong("version"),
                rs.getInt("revision"),
                nfc(rs.getString("headline")),
                nullableNfc(rs.getString("standfirst")),
                nfc(Jsoup.parse(rs.getString("body")).text()),
                rs.getString("column_id"),
                nullableNfc(rs.getString("column_name")),
                strings(rs.getArray("tags")),
                strings(rs.getArray("plan_tasks")),
                utc(rs.getTimestamp("updated_at")),
                rs.getTimestamp("first_published_at") == null ? null : utc(rs.getTimestamp("first_published_at")));
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static @Nullable String nullableNfc(@Nullable String text) {
        return text == null ? null : nfc(text);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(ItemRows::nfc).toList();
    }

    private static String utc(Timestamp timestamp) {
        return timestamp.toInstant().toString();
    }
}
