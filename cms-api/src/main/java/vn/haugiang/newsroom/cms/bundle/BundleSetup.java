package vn.haugiang.newsroom.cms.bundle;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.cms.bundle.BundleManifest.ChannelSpec;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Creates the columns and channels a bundle needs when they are missing, in SQL: {@code Columns}
 * keeps its create for its own API, and channels have no service yet. Creation relies on the
 * tables' unique keys ({@code INSERT ... ON CONFLICT DO NOTHING}), so a second import creates nothing.
 */
@Component
class BundleSetup {

    static final Set<String> BROADCAST_KINDS = Set.of("tv", "radio", "loudspeaker");
    static final Set<String> OUTPUT_KINDS = Set.of("web", "facebook", "youtube", "zalo");

    private final JdbcClient jdbc;

    BundleSetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A column's id, and whether this call created it. */
    record EnsuredColumn(UUID id, boolean created) {
    }

    /** Finds or creates the column {@code slug} of {@code unit}. */
    EnsuredColumn column(String unit, String slug, @Nullable String name, @Nullable String kind,
            List<String> defaultChannels) {
        int inserted = jdbc.sql("""
                INSERT INTO content_column (id, unit_id, slug, name, kind, default_channels)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit_id, slug) DO NOTHING
                """)
                .params(UUID.randomUUID(), unit, slug, VietnameseText.nfc(name == null ? slug : name.strip()),
                        kind == null ? "column" : kind, defaultChannels.toArray(String[]::new))
                .update();
        UUID id = jdbc.sql("SELECT id FROM content_column WHERE unit_id = ? AND slug = ?").params(unit, slug)
                .query(UUID.class).single();
        return new EnsuredColumn(id, inserted == 1);
    }

    /**
     * Creates a channel when missing: broadcast kinds in {@code broadcast_channel}; web and social
     * kinds in {@code output_channel}, which the publisher's work adds.
     *
     * @return {@code null} when created or already there, else why it was not created
     */
    @Nullable String channel(ChannelSpec channel, List<String> created) {
        if (BROADCAST_KINDS.contains(channel.kind())) {
            int inserted = jdbc.sql("""
                    INSERT INTO broadcast_channel (id, unit_id, kind, name) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """).params(channel.id(), channel.unit(), channel.kind(), VietnameseText.nfc(channel.name())).update();
            if (inserted == 1) {
                created.add(channel.id());
            }
            return null;
        }
        if (!OUTPUT_KINDS.contains(channel.kind())) {
            return "channel " + channel.id() + ": unknown kind '" + channel.kind() + "'";
        }
        if (!outputChannelTableExists()) {
            return "channel " + channel.id() + " (" + channel.kind() + ") not created: table output_channel does not exist yet";
        }
        try {
            int inserted = jdbc.sql("""
                    INSERT INTO output_channel (id, unit_id, kind, name) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """).params(channel.id(), channel.unit(), channel.kind(), VietnameseText.nfc(channel.name())).update();
            if (inserted == 1) {
                created.add(channel.id());
            }
            return null;
        } catch (DataAccessException e) {
            return "channel " + channel.id() + " not created: " + e.getMostSpecificCause().getMessage();
        }
    }

    /** Whether a channel of that id exists in either table. */
    boolean channelExists(String id) {
        boolean broadcast = jdbc.sql("SELECT count(*) FROM broadcast_channel WHERE id = ?").param(id)
                .query(Long.class).single() > 0;
        return broadcast || (outputChannelTableExists()
                && jdbc.sql("SELECT count(*) FROM output_channel WHERE id = ?").param(id).query(Long.class).single() > 0);
    }

    private boolean outputChannelTableExists() {
        return jdbc.sql("SELECT to_regclass('output_channel') IS NOT NULL").query(Boolean.class).single();
    }
}
