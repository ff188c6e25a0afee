package vn.haugiang.newsroom.cms.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;

/**
 * Lists items with filters and keyset (cursor) pagination on (updated_at, id), so pages stay
 * stable while items change and deep pages cost the same as the first.
 */
@Component
public class ItemQueries {

    private final JdbcClient jdbc;

    ItemQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ItemPage list(CurrentUser user, ItemQuery query) {
        var sql = new StringBuilder("SELECT " + ItemStore.COLUMNS + " FROM item WHERE true");
        var params = new ArrayList<Object>();
        if (user.readsPublishedOutputOfEveryUnit()) {
            sql.append(" AND (unit_id = ? OR state IN ('published', 'corrected'))");
            params.add(user.unitId());
        } else if (user.role() != Role.SYSTEM_ADMIN) {
            sql.append(" AND unit_id = ?");
            params.add(user.unitId());
        }
        filter(sql, params, "unit_id = ?", query.unit());
        filter(sql, params, "column_id = ?", query.column());
        filter(sql, params, "type = ?", query.type() == null ? null : query.type().code());
        filter(sql, params, "state = ?", query.state() == null ? null : query.state().code());
        filter(sql, params, "? = ANY (plan_tasks)", query.planTask());
        filter(sql, params, "updated_at >= ?", query.updatedFrom() == null ? null : ItemStore.utc(query.updatedFrom()));
        filter(sql, params, "updated_at < ?", query.updatedTo() == null ? null : ItemStore.utc(query.updatedTo()));
        if (query.cursor() != null) {
            Cursor cursor = Cursor.decode(query.cursor());
            sql.append(" AND (updated_at, id) < (?, ?)");
            params.add(ItemStore.utc(cursor.updatedAt()));
            params.add(cursor.id());
        }
        sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ?");
        params.add(query.pageSize() + 1);
        List<Item> rows = jdbc.sql(sql.toString()).params(params).query(ItemStore::map).list();
        if (rows.size() <= query.pageSize()) {
            return new ItemPage(rows, null);
        }
        List<Item> page = rows.subList(0, query.pageSize());
        Item last = page.get(page.size() - 1);
        return new ItemPage(List.copyOf(page), new Cursor(last.updatedAt(), last.id()).encode());
    }

    private static void filter(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }

    /** Opaque to clients: base64url of "updatedAt|id". */
    record Cursor(Instant updatedAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((updatedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ContentException.invalid("Not a cursor this API gave out.", "cursor");
            }
        }
    }
}
