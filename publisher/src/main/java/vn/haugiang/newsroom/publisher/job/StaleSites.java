package vn.haugiang.newsroom.publisher.job;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.publisher.job.SiteRefresh.Refreshed;

/**
 * Refreshes the web channels whose site may have changed since their last refresh, and only those: a
 * whole-site refresh renders every page to compare it, too much to do for every channel every minute.
 *
 * <p>A channel is stale when it was never refreshed, or when one of its web deliveries changed, or an
 * item it has delivered changed (a take-down or correction creates no new delivered row, but it moves
 * {@code item.updated_at}) after the start of its last refresh. The mark is the database's
 * {@code now()} taken before the refresh reads anything, kept in {@code publisher_position} as
 * {@code site:<channel-id>} ({@code updated_at}); a change committed during a refresh is therefore seen by
 * the next run. A refresh that fails leaves the mark where it was.
 */
@Component
class StaleSites {

    private static final String MARK_PREFIX = "site:";

    private final JdbcClient jdbc;
    private final SiteRefresh refresh;

    StaleSites(JdbcClient jdbc, SiteRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    /**
     * Refreshes the stale web channels of {@code unit} ({@code null}: of every unit), one after the other.
     *
     * @return what each refresh wrote and deleted, in channel id order
     */
    List<Refreshed> refreshStale(@Nullable String unit) {
        List<Refreshed> done = new ArrayList<>();
        for (String channelId : staleChannels(unit)) {
            OffsetDateTime mark = jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
            done.add(refresh.refresh(channelId));
            jdbc.sql("""
                    INSERT INTO publisher_position (name, last_id, updated_at) VALUES (:name, 0, :mark)
                    ON CONFLICT (name) DO UPDATE SET updated_at = greatest(publisher_position.updated_at, :mark)
                    """).param("name", MARK_PREFIX + channelId).param("mark", mark).update();
        }
        return done;
    }

    List<String> staleChannels(@Nullable String unit) {
        return jdbc.sql("""
                SELECT c.id
                FROM output_channel c
                LEFT JOIN publisher_position p ON p.name = :prefix || c.id
                WHERE c.kind = 'web' AND (CAST(:unit AS text) IS NULL OR c.unit_id = :unit)
                  AND (p.name IS NULL
                       OR EXISTS (SELECT 1 FROM delivery d JOIN item i ON i.id = d.item_id
                                  WHERE d.channel_id = c.id
                                    AND (d.updated_at >= p.updated_at OR i.updated_at >= p.updated_at)))
                ORDER BY c.id
                """).param("prefix", MARK_PREFIX).param("unit", unit).query(String.class).list();
    }
}
