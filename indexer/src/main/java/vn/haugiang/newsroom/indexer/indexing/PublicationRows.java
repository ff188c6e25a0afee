package vn.haugiang.newsroom.indexer.indexing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the {@code publication} view (V16) and turns each row into a {@link PublicationDocument}.
 * The view gives {@code local_date} and {@code reporting_year}; the other local fields (ISO week,
 * quarter, period keys) are derived from {@code local_date} here. Text is NFC.
 */
final class PublicationRows {

    /** Every publication with its unit's name; callers append a WHERE or ORDER BY. */
    static final String SELECT = """
            SELECT p.id, p.kind, p.item_id, p.slot_id, p.unit_id, u.name AS unit_name, p.channel_kind, p.channel_id,
                   p.channel_type, p.content_type, p.genre, p.plan_tasks, p.column_id, p.published_at, p.live,
                   p.url, p.external_id, p.headline, p.local_date, p.reporting_year
            FROM publication p
            JOIN unit u ON u.id = p.unit_id
            """;

    static final RowMapper<PublicationDocument> MAPPER = PublicationRows::document;

    private final JdbcClient jdbc;

    PublicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every publication of the given items (deliveries and airings linked to them) and of the given slots. */
    List<PublicationDocument> load(Collection<String> itemIds, Collection<String> slotIds) {
        if (itemIds.isEmpty() && slotIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 WHERE p.item_id = ANY (CAST(:items AS uuid[])) OR p.slot_id = ANY (CAST(:slots AS uuid[]))
                ORDER BY p.id
                """)
                .param("items", itemIds.toArray(String[]::new))
                .param("slots", slotIds.toArray(String[]::new))
                .query(MAPPER)
                .list();
    }

    /** An item's first delivery to a channel: the key of one {@code delivery} publication. */
    record Delivered(String itemId, String channelId) {

        String publicationId() {
            return "delivery:" + itemId + ":" + channelId;
        }
    }

    /**
     * The {@code delivery} publications of the given (item, channel) pairs, only those: selected by
     * item and channel separately so that PostgreSQL narrows the view's first-delivery scan by item
     * (a condition on the computed id would read every delivered event), then matched exactly here.
     */
    List<PublicationDocument> loadDelivered(Collection<Delivered> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = pairs.stream().map(Delivered::publicationId).collect(Collectors.toSet());
        return jdbc.sql(SELECT + """
                 WHERE p.kind = 'delivery' AND p.item_id = ANY (CAST(:items AS uuid[])) AND p.channel_id = ANY (:channels)
                ORDER BY p.id
                """)
                .param("items", pairs.stream().map(Delivered::itemId).distinct().toArray(String[]::new))
                .param("channels", pairs.stream().map(Delivered::channelId).distinct().toArray(String[]::new))
                .query(MAPPER)
                .list().stream()
                .filter(document -> wanted.contains(document.id()))
                .toList();
    }

    private static PublicationDocument document(ResultSet rs, int row) throws SQLException {
        LocalDate day = rs.getObject("local_date", LocalDate.class);
        int weekYear = day.get(IsoFields.WEEK_BASED_YEAR);
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return new PublicationDocument(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("item_id"),
                rs.getString("slot_id"),
                rs.getString("unit_id"),
                ItemRows.nfc(rs.getString("unit_name")),
                rs.getString("channel_kind"),
                rs.getString("channel_id"),
                rs.getString("channel_type"),
                rs.getString("content_type"),
                rs.getString("genre"),
                Arrays.stream((String[]) rs.getArray("plan_tasks").getArray()).map(ItemRows::nfc).toList(),
                rs.getString("column_id"),
                rs.getTimestamp("published_at").toInstant().toString(),
                day.toString(),
                day.getYear(),
                quarter,
                day.getMonthValue(),
                weekYear,
                week,
                rs.getInt("reporting_year"),
                day.toString(),
                "%d-W%02d".formatted(weekYear, week),
                "%d-%02d".formatted(day.getYear(), day.getMonthValue()),
                "%d-Q%d".formatted(day.getYear(), quarter),
                Integer.toString(day.getYear()),
                rs.getBoolean("live"),
                rs.getString("url"),
                rs.getString("external_id"),
                nullableNfc(rs.getString("headline")));
    }

    private static String nullableNfc(@Nullable String text) {
        return text == null ? "" : ItemRows.nfc(text);
    }
}
