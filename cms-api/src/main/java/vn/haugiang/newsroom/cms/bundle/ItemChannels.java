package vn.haugiang.newsroom.cms.bundle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records which output channels an imported item goes to, in the publisher's tables, in the
 * transaction of the workflow steps (so the publisher never sees the item without them):
 * <ul>
 * <li>an {@code item_channel_choice} included for every listed output channel, and excluded for
 * each default channel of the item's column that is not listed;</li>
 * <li>for an archived item, instead, one for <em>every</em> output channel: included when listed,
 * else excluded ({@link #confine}). The publisher routes an item to its column's defaults, the
 * channels of matching routing rules and its inclusions, minus its exclusions; excluding every
 * other channel leaves it exactly the listed ones, whose deliveries of the published version are
 * already there, so it plans nothing new for an item that went out long ago;</li>
 * <li>for an archived item, a {@code delivery} already {@code delivered} at its ninjs
 * {@code firstCreated} per listed output channel (with its {@code delivery_event}), for the
 * version the import published: the publisher's planning of that version then finds the delivery
 * there ({@code UNIQUE (item_id, item_version, channel_id)}) and sends nothing again.</li>
 * </ul>
 * The archived delivery's event names {@link #ARCHIVE_INSTANCE} as the instance that made it, so it can
 * be told from one the publisher made.
 * Channel ids that are not output channels (broadcast channels such as {@code hgtv}) are left to
 * schedules. Does nothing while the publisher's tables do not exist.
 */
@Component
class ItemChannels {

    /** The {@code delivery_event.instance_id} of deliveries recorded from a bundle's archive, not sent. */
    static final String ARCHIVE_INSTANCE = "archive";

    private final JdbcClient jdbc;

    ItemChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void choose(UUID itemId, @Nullable UUID columnId, List<String> channels) {
        if (channels.isEmpty() || !tableExists("item_channel_choice")) {
            return;
        }
        for (String channel : channels) {
            choice(itemId, channel, true);
        }
        if (columnId != null) {
            List<String> defaults = jdbc.sql("SELECT unnest(default_channels) FROM content_column WHERE id = ?")
                    .param(columnId).query(String.class).list();
            defaults.stream().filter(channel -> !channels.contains(channel)).forEach(channel -> choice(itemId, channel, false));
        }
    }

    /**
     * Routes an archived item to exactly {@code channels}: every output channel that exists now is
     * included when listed and excluded otherwise (none listed: all excluded). Existing choices
     * stay (an editor's later one wins; a re-import changes nothing); channels created later are
     * not excluded.
     */
    void confine(UUID itemId, List<String> channels) {
        if (!tableExists("item_channel_choice")) {
            return;
        }
        jdbc.sql("""
                INSERT INTO item_channel_choice (item_id, channel_id, included)
                SELECT ?, c.id, c.id = ANY (?) FROM output_channel c
                ON CONFLICT (item_id, channel_id) DO NOTHING
                """).params(itemId, channels.toArray(String[]::new)).update();
    }

    void recordDelivered(UUID itemId, long version, List<String> channels, Instant at) {
        if (!tableExists("delivery")) {
            return;
        }
        var when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        for (String channel : channels) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at, attempts, created_at, updated_at)
                    SELECT ?, ?, ?, c.id, 'delivered', ?, 1, ?, ? FROM output_channel c WHERE c.id = ?
                    ON CONFLICT (item_id, item_version, channel_id) DO NOTHING
                    """).params(id, itemId, version, when, when, when, channel).update();
            if (inserted == 1) {
                jdbc.sql("""
                        INSERT INTO delivery_event (delivery_id, at, from_state, to_state, instance_id)
                        VALUES (?, ?, NULL, 'delivered', ?)
                        """).params(id, when, ARCHIVE_INSTANCE).update();
            }
        }
    }

    private void choice(UUID itemId, String channel, boolean included) {
        jdbc.sql("""
                INSERT INTO item_channel_choice (item_id, channel_id, included)
                SELECT ?, c.id, ? FROM output_channel c WHERE c.id = ?
                ON CONFLICT (item_id, channel_id) DO NOTHING
                """).params(itemId, included, channel).update();
    }

    private boolean tableExists(String table) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(table).query(Boolean.class).single();
    }
}
