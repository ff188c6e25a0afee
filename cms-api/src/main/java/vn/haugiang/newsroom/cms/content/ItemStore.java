package vn.haugiang.newsroom.cms.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;

/** Items in PostgreSQL (tables {@code item}, {@code item_revision}), in explicit SQL. */
@Repository
class ItemStore {

    static final String COLUMNS = """
            id, unit_id, type, genre, state, version, revision, headline, standfirst, body, byline, column_id,
            tags, plan_tasks, language, slug, featured_media, related_items, embargo_until, expires_at,
            publish_at, first_published_at, takedown_reason, created_by, created_at, updated_at""";

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts {@code item} unless its slug is taken in its unit.
     *
     * @return {@code false} when the slug is taken (nothing written, the transaction still usable)
     */
    boolean insert(Item item) {
        ItemContent c = item.content();
        return jdbc.sql("""
                INSERT INTO item (id, unit_id, type, genre, state, version, revision, headline, standfirst, body, byline,
                                  column_id, tags, plan_tasks, language, slug, featured_media, related_items,
                                  embargo_until, expires_at, created_by, created_at, updated_at)
                VALUES (:id, :unit, :type, :genre, :state, :version, :revision, :headline, :standfirst, :body, :byline,
                        :column, :tags, :planTasks, :language, :slug, :featured, :related,
                        :embargo, :expires, :createdBy, :createdAt, :updatedAt)
                ON CONFLICT (unit_id, slug) DO NOTHING
                """)
                .params(contentParams(c))
                .param("id", item.id()).param("unit", item.unitId()).param("type", item.type().code())
                .param("genre", item.genre()).param("state", item.state().code()).param("version", item.version())
                .param("revision", item.revision()).param("createdBy", item.createdBy())
                .param("createdAt", utc(item.createdAt())).param("updatedAt", utc(item.updatedAt()))
                .update() == 1;
    }

    /**
     * Writes {@code item} over the stored row if that row is still at {@code expectedVersion}.
     *
     * @return {@code false} when another change committed first (the caller answers 412)
     */
    boolean update(Item item, long expectedVersion) {
        ItemContent c = item.content();
        int rows = jdbc.sql("""
                UPDATE item SET state = :state, version = :version, revision = :revision, headline = :headline,
                       standfirst = :standfirst, body = :body, byline = :byline, column_id = :column, tags = :tags,
                       plan_tasks = :planTasks, language = :language, slug = :slug, featured_media = :featured,
                       related_items = :related, embargo_until = :embargo, expires_at = :expires,
                       publish_at = :publishAt, first_published_at = :firstPublished, takedown_reason = :takedown,
                       updated_at = :updatedAt
                WHERE id = :id AND version = :expected
                """)
                .params(contentParams(c))
                .param("state", item.state().code()).param("version", item.version()).param("revision", item.revision())
                .param("publishAt", utc(item.publishAt()))
                .param("firstPublished", utc(item.firstPublishedAt())).param("takedown", item.takedownReason())
                .param("updatedAt", utc(item.updatedAt())).param("id", item.id()).param("expected", expectedVersion)
                .update();
        return rows == 1;
    }

    /** The named parameters of the content columns, shared by insert and update. */
    private static Map<String, @Nullable Object> contentParams(ItemContent c) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("headline", c.headline());
        params.put("standfirst", c.standfirst());
        params.put("body", c.body());
        params.put("byline", c.byline());
        params.put("column", c.columnId());
        params.put("tags", c.tags().toArray(String[]::new));
        params.put("planTasks", c.planTasks().toArray(String[]::new));
        params.put("language", c.language());
        params.put("slug", c.slug());
        params.put("featured", c.featuredMedia());
        params.put("related", c.relatedItems().toArray(UUID[]::new));
        params.put("embargo", utc(c.embargoUntil()));
        params.put("expires", utc(c.expiresAt()));
        return params;
    }

    Optional<Item> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM item WHERE id = ?").param(id).query(ItemStore::map).optional();
    }

    static Item map(ResultSet rs, int row) throws SQLException {
        var content = new ItemContent(rs.getString("headline"), rs.getString("standfirst"), rs.getString("body"),
                rs.getString("byline"), rs.getObject("column_id", UUID.class), strings(rs, "tags"),
                strings(rs, "plan_tasks"), rs.getString("language"), rs.getString("slug"),
                rs.getObject("featured_media", UUID.class), uuids(rs, "related_items"),
                instant(rs, "embargo_until"), instant(rs, "expires_at"));
        return new Item(rs.getObject("id", UUID.class), rs.getString("unit_id"), ContentType.ofCode(rs.getString("type")),
                rs.getString("genre"), ItemState.ofCode(rs.getString("state")), rs.getLong("version"),
                rs.getInt("revision"), content, instant(rs, "publish_at"), instant(rs, "first_published_at"),
                rs.getString("takedown_reason"), rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((UUID[]) rs.getArray(column).getArray());
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
