package vn.haugiang.newsroom.cms.column;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import org.springframework.http.HttpStatus;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Columns and special pages (table {@code content_column}); a slug is unique within its unit.
 * Unit admins, editors-in-chief and system admins manage their unit's columns.
 */
@Service
public class Columns {

    private final JdbcClient jdbc;

    Columns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Column> find(UUID id) {
        return jdbc.sql("SELECT id, unit_id, slug, name, kind, default_channels FROM content_column WHERE id = ?")
                .param(id).query(Columns::map).optional();
    }

    public List<Column> ofUnit(String unitId) {
        return jdbc.sql("SELECT id, unit_id, slug, name, kind, default_channels FROM content_column WHERE unit_id = ? ORDER BY name")
                .param(unitId).query(Columns::map).list();
    }

    @Transactional
    Column create(CurrentUser user, ColumnRequest request) {
        String unit = request.unit() == null ? user.unitId() : request.unit();
        requireManager(user, unit);
        String name = VietnameseText.nfc(request.name().strip());
        var column = new Column(UUID.randomUUID(), unit,
                request.slug() == null ? VietnameseText.slug(name) : request.slug(), name, request.kind(),
                request.defaultChannels() == null ? List.of() : request.defaultChannels());
        try {
            jdbc.sql("""
                    INSERT INTO content_column (id, unit_id, slug, name, kind, default_channels)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)
                    .params(column.id(), column.unitId(), column.slug(), column.name(), column.kind(),
                            column.defaultChannels().toArray(String[]::new))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ColumnException(HttpStatus.CONFLICT, "Slug '" + column.slug() + "' is already a column of " + unit + ".", "slug");
        }
        return column;
    }

    private static void requireManager(CurrentUser user, String unit) {
        boolean manager = user.role() == Role.SYSTEM_ADMIN
                || (user.unitId().equals(unit) && (user.role() == Role.UNIT_ADMIN || user.role() == Role.EDITOR_IN_CHIEF));
        if (!manager) {
            throw new ColumnException(HttpStatus.FORBIDDEN, "Only the unit's admin or editor-in-chief manages its columns.", null);
        }
    }

    private static Column map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Column(rs.getObject("id", UUID.class), rs.getString("unit_id"), rs.getString("slug"),
                rs.getString("name"), rs.getString("kind"), List.of((String[]) rs.getArray("default_channels").getArray()));
    }
}
