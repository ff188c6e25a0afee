package vn.haugiang.newsroom.publisher.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.haugiang.newsroom.publisher.channel.web.RenderedPage;
import vn.haugiang.newsroom.publisher.channel.web.SiteBuilder;
import vn.haugiang.newsroom.publisher.channel.web.WebArticle;
import vn.haugiang.newsroom.publisher.channel.web.WebColumn;
import vn.haugiang.newsroom.publisher.channel.web.WebPaths;
import vn.haugiang.newsroom.publisher.channel.web.WebSite;
import vn.haugiang.newsroom.storage.StorageProperties;

/**
 * Brings a web channel's whole site in the {@code site} bucket up to date with its deliveries: call
 * it after delivering web deliveries of a channel (or at any time; it is idempotent).
 *
 * <p><b>What is on the site</b>: the items with a {@code delivered} delivery on the channel that are
 * live now ({@code published} or {@code corrected}), from their current row; a corrected item carries
 * the comment of its latest {@code correct} workflow step as its correction note. The row is the only
 * content stored, so while a correction's delivery still waits, the lists and feeds already show the
 * corrected row, and the article page the delivered one.
 *
 * <p><b>What is written</b>, each file by one PutObject (atomic per object) under
 * {@code <channel-id>/}: the files of {@link SiteBuilder#lists} (home, column and tag pages, feeds,
 * sitemaps), and the article page of every listed item whose current version is the one delivered
 * (so a correction note or a new tag link reaches the page). An item whose newer version is still
 * waiting keeps the page its last delivery wrote, until that delivery re-renders it. A file whose
 * bytes equal the stored object's ({@code ETag} = MD5 of a single-part upload) is not rewritten.
 *
 * <p><b>What is deleted</b>: every other object under {@code <channel-id>/}, among them the page of an
 * item taken down or archived, a column page beyond the last, a feed or news sitemap that would now be
 * empty. The page of a live item whose delivery is {@code in_progress} is kept: another instance may
 * have just uploaded it and not yet recorded the delivery.
 *
 * <p><b>When to call it</b>: after delivering web deliveries of a channel, and after an item shown on a
 * channel is taken down or archived ({@link #channelsShowing} names those channels) — a take-down
 * creates no delivery, so nothing else removes the page. {@link #refreshAll} does every web channel.
 *
 * <p><b>Concurrency</b>: refreshes of one channel take turns (a transaction-scoped advisory lock), but
 * items are read without row locks, so editors never wait for a refresh. A correction or take-down
 * that commits while a refresh runs may be missed by it (or an older page written over a newer one);
 * the refresh the job runs after that change waits for this one, reads again and repairs it. S3
 * failures propagate as {@link software.amazon.awssdk.core.exception.SdkException}; the next refresh
 * repairs a partly written site.
 */
@Service
public class SiteRefresh {

    private static final Logger log = LoggerFactory.getLogger(SiteRefresh.class);

    // Advisory-lock namespace of site refreshes (the delivery planner uses 0x0DE1).
    private static final int REFRESH_LOCK_NAMESPACE = 0x517E;

    private final JdbcClient jdbc;
    private final WebSources sources;
    private final SiteBuilder builder;
    private final S3Client s3;
    private final String bucket;
    private final TransactionTemplate transaction;
    // The Google News window ends now; tests date their items relative to the real clock.
    private final Clock clock = Clock.systemUTC();

    SiteRefresh(JdbcClient jdbc, WebSources sources, SiteBuilder builder, S3Client s3, StorageProperties storage,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.builder = builder;
        this.s3 = s3;
        this.bucket = storage.siteBucket();
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Rewrites what changed of the channel's site and deletes what is no longer on it.
     *
     * @param channelId a web channel's id ({@code output_channel.id})
     * @return what was written and deleted
     * @throws IllegalArgumentException if there is no web channel {@code channelId}
     */
    public Refreshed refresh(String channelId) {
        Refreshed refreshed = transaction.execute(status -> refreshLocked(channelId));
        if (refreshed == null) {
            throw new IllegalStateException("refresh of " + channelId + " returned nothing");
        }
        log.info("Site {} refreshed: {} articles, {} written, {} unchanged, {} deleted", channelId,
                refreshed.articles(), refreshed.written().size(), refreshed.unchanged(), refreshed.deleted().size());
        return refreshed;
    }

    private Refreshed refreshLocked(String channelId) {
        String unitId = jdbc.sql("SELECT unit_id FROM output_channel WHERE id = :id AND kind = 'web'")
                .param("id", channelId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No web channel " + channelId));
        jdbc.sql("SELECT pg_advisory_xact_lock(:ns, hashtext(:channel))")
                .param("ns", REFRESH_LOCK_NAMESPACE).param("channel", channelId).query().listOfRows();
        WebSite site = sources.site(channelId);
        // Listed before the items are read: a page uploaded after this listing is never deleted.
        Map<String, String> stored = storedETags(channelId);
        List<SiteItem> items = siteItems(channelId);

        List<WebArticle> listed = items.stream().filter(SiteItem::listed).map(SiteItem::article).toList();
        // Article pages first, lists after, deletions last: a list never links to a page not yet written.
        List<RenderedPage> files = new ArrayList<>();
        items.stream().filter(SiteItem::current).forEach(item -> files.add(builder.article(site, item.article())));
        files.addAll(builder.lists(site, columns(unitId), listed, clock.instant()));

        Set<String> keep = new LinkedHashSet<>();
        items.forEach(item -> keep.add(key(channelId, WebPaths.article(item.article().slug()))));
        List<String> written = new ArrayList<>();
        int unchanged = 0;
        for (RenderedPage file : files) {
            String key = key(channelId, file.path());
            keep.add(key);
            if (md5(file.bytes()).equals(stored.get(key))) {
                unchanged++;
                continue;
            }
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(file.contentType()), RequestBody.fromBytes(file.bytes()));
            written.add(key);
        }
        List<String> deleted = new ArrayList<>();
        for (String key : stored.keySet()) {
            if (!keep.contains(key)) {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
                deleted.add(key);
            }
        }
        return new Refreshed(channelId, listed.size(), List.copyOf(written), unchanged, List.copyOf(deleted));
    }

    /** Refreshes every web channel, paused ones too (a take-down must leave their sites as well), in id order. */
    public List<Refreshed> refreshAll() {
        return jdbc.sql("SELECT id FROM output_channel WHERE kind = 'web' ORDER BY id").query(String.class).list()
                .stream().map(this::refresh).toList();
    }

    /**
     * The web channels on which the item has a {@code delivered} delivery, whatever its state now: the
     * sites to refresh after it is taken down, archived or corrected.
     */
    public List<String> channelsShowing(UUID itemId) {
        return jdbc.sql("""
                SELECT DISTINCT d.channel_id FROM delivery d JOIN output_channel ch ON ch.id = d.channel_id
                WHERE d.item_id = :item AND d.state = 'delivered' AND ch.kind = 'web'
                ORDER BY d.channel_id
                """).param("item", itemId).query(String.class).list();
    }

    /** Every object under the channel's prefix, with its ETag without quotes. */
    private Map<String, String> storedETags(String channelId) {
        Map<String, String> etags = new HashMap<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(channelId + "/")).contents()) {
            etags.put(object.key(), object.eTag() == null ? "" : object.eTag().replace("\"", ""));
        }
        return etags;
    }

    /**
     * The live items with a delivered or in-progress delivery on the channel. Rows that
     * break an article invariant are left out (logged): the delivery that tried them failed already.
     */
    private List<SiteItem> siteItems(String channelId) {
        List<SiteItem> items = new ArrayList<>();
        jdbc.sql("""
                WITH d AS (
                    SELECT item_id, max(item_version) FILTER (WHERE state = 'delivered') AS delivered_version
                    FROM delivery
                    WHERE channel_id = :channel AND state IN ('delivered', 'in_progress')
                    GROUP BY item_id
                )
                SELECT i.id, i.type, i.state, i.version, i.headline, i.standfirst, i.body, i.byline, i.slug,
                       i.tags, i.plan_tasks, c.slug AS column_slug, c.name AS column_name, d.delivered_version,
                       coalesce(i.first_published_at, i.updated_at) AS published_at,
                       greatest(i.updated_at, coalesce(i.first_published_at, i.updated_at)) AS modified_at,
                       """ + WebSources.CORRECTION_NOTE + """
                        AS correction_note
                FROM d JOIN item i ON i.id = d.item_id
                LEFT JOIN content_column c ON c.id = i.column_id
                WHERE i.state IN ('published', 'corrected')
                ORDER BY i.id
                """)
                .param("channel", channelId)
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    try {
                        long delivered = rs.getLong("delivered_version");
                        Long deliveredVersion = rs.wasNull() ? null : delivered;
                        items.add(new SiteItem(WebSources.article(rs), deliveredVersion, rs.getLong("version")));
                    }
                    catch (IllegalArgumentException invalid) {
                        log.warn("Item {} is left off site {}: {}", id, channelId, invalid.getMessage());
                    }
                });
        return items;
    }

    /** The columns and special pages of the channel's unit, so that an empty column still has its page. */
    private List<WebColumn> columns(String unitId) {
        return jdbc.sql("SELECT slug, name FROM content_column WHERE unit_id = :unit ORDER BY slug, created_at")
                .param("unit", unitId)
                .query((rs, n) -> new WebColumn(rs.getString("slug"), rs.getString("name")))
                .list();
    }

    private static String key(String channelId, String path) {
        return channelId + "/" + path;
    }

    private static String md5(byte[] bytes) {
        try {
            // MD5 only because S3 reports it as the ETag of a single-part object; not for security.
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }


    /**
     * An item on (or about to be on) the site.
     *
     * @param deliveredVersion its latest delivered version on the channel; {@code null} while its first
     *                         delivery is in progress
     * @param version          its current version
     */
    private record SiteItem(WebArticle article, @Nullable Long deliveredVersion, long version) {

        /** On the lists, feeds and sitemaps. */
        boolean listed() {
            return deliveredVersion != null;
        }

        /** Its page may be rewritten: the current version is the one delivered. */
        boolean current() {
            return deliveredVersion != null && deliveredVersion == version;
        }
    }

    /**
     * What one refresh did.
     *
     * @param channelId the channel
     * @param articles  articles on the site's lists, feeds and sitemaps
     * @param written   bucket keys written ({@code <channel-id>/<path>}), in writing order
     * @param unchanged files left alone because the stored object has the same bytes
     * @param deleted   bucket keys deleted
     */
    public record Refreshed(String channelId, int articles, List<String> written, int unchanged, List<String> deleted) {
    }
}
