package vn.haugiang.newsroom.publisher.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import software.amazon.awssdk.services.s3.S3Client;
import vn.haugiang.newsroom.publisher.channel.web.XmlSchemas;
import vn.haugiang.newsroom.publisher.job.SiteRefresh.Refreshed;
import vn.haugiang.newsroom.storage.StorageProperties;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * The whole site of a web channel in the real {@code site} bucket, from items and deliveries written
 * straight into PostgreSQL (no outbox rows, so no planner of another test picks them up).
 */
@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class SiteRefreshTests {

    private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    S3Client s3;

    @Autowired
    StorageProperties storage;

    @Autowired
    SiteRefresh refresh;

    @Autowired
    PublishRuns runs;

    JobFixtures fx;

    String channel;

    @BeforeEach
    void setUp() {
        fx = new JobFixtures(jdbc, s3, storage.siteBucket());
        channel = fx.channelId();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void takenDownArticleDisappearsFromFeedAndItsPageIsDeleted() throws Exception {
        Instant now = Instant.now();
        Article kept = article("Hậu Giang ra quân phòng chống lừa đảo trực tuyến", now.minus(Duration.ofHours(2)));
        Article removed = article("Tin bị gỡ vì sai thông tin", now.minus(Duration.ofHours(1)));
        refresh.refresh(channel);
        assertThat(fx.head(key("tin/" + removed.slug() + ".html"))).isNotNull();
        assertThat(titles(rome("rss.xml"))).containsExactly(removed.headline(), kept.headline());

        takeDown(removed.id());
        Refreshed refreshed = refresh.refresh(channel);

        assertThat(refreshed.deleted()).contains(key("tin/" + removed.slug() + ".html"));
        assertThat(fx.head(key("tin/" + removed.slug() + ".html"))).isNull();
        assertThat(fx.head(key("tin/" + kept.slug() + ".html"))).isNotNull();
        assertThat(titles(rome("rss.xml"))).containsExactly(kept.headline());
        assertThat(titles(rome("atom.xml"))).containsExactly(kept.headline());
        assertThat(titles(rome("chuyen-muc/thoi-su/rss.xml"))).containsExactly(kept.headline());
        assertThat(html("index.html").select("ol.danh-sach h2 a").eachText()).containsExactly(kept.headline());
        assertThat(fx.text(key("sitemap.xml"))).doesNotContain(removed.slug()).contains(kept.slug());
        assertThat(fx.text(key("sitemap-news.xml"))).doesNotContain(removed.slug());
    }

    @Test
    void thePublishJobListsADeliveredItemAndRemovesItAfterATakeDown() throws Exception {
        JobFixtures.Item item = fx.publishedItem("Tin đi qua cả lượt đăng");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (fx.deliveries(item.id()).stream().noneMatch(d -> d.state().equals("delivered"))) {
            assertThat(Instant.now()).as("delivered in time").isBefore(deadline);
            runs.run("test-site-" + channel);
        }
        // The same run refreshed the channel: its site changed.
        assertThat(titles(rome("rss.xml"))).containsExactly("Tin đi qua cả lượt đăng");

        fx.takeDown(item.id());
        runs.run("test-site-" + channel);

        assertThat(refresh.channelsShowing(item.id())).containsExactly(channel);
        assertThat(fx.head(key("tin/" + item.slug() + ".html"))).isNull();
        assertThat(fx.head(key("rss.xml"))).isNull();
        assertThat(html("index.html").select("p.trong").text()).isEqualTo("Chưa có tin bài.");
    }

    @Test
    void correctedArticleIsRenderedWithItsCorrectionNote() throws Exception {
        Article article = article("Xã Vị Thanh nhận cờ thi đua", Instant.now().minus(Duration.ofHours(3)));
        refresh.refresh(channel);
        assertThat(html("tin/" + article.slug() + ".html").select("aside.dinh-chinh")).isEmpty();

        String note = "Bản trước ghi nhầm tên xã là Vị Thanh; đúng là xã Vị Thủy.";
        correct(article.id(), "Xã Vị Thủy nhận cờ thi đua", note);
        refresh.refresh(channel);

        Document page = html("tin/" + article.slug() + ".html");
        assertThat(page.selectFirst("aside.dinh-chinh").text()).isEqualTo("Đính chính: " + note);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Xã Vị Thủy nhận cờ thi đua");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("CorrectionComment");
        assertThat(titles(rome("rss.xml"))).containsExactly("Xã Vị Thủy nhận cờ thi đua");
    }

    @Test
    void aCorrectionNotYetDeliveredLeavesTheDeliveredPageAlone() throws Exception {
        Article article = article("Bản đã đăng", Instant.now().minus(Duration.ofHours(3)));
        refresh.refresh(channel);

        correctWithoutDelivery(article.id(), "Bản đính chính chưa đăng", "Sửa tiêu đề.");
        Refreshed refreshed = refresh.refresh(channel);

        assertThat(refreshed.written()).doesNotContain(key("tin/" + article.slug() + ".html"));
        assertThat(refreshed.deleted()).isEmpty();
        assertThat(html("tin/" + article.slug() + ".html").selectFirst("h1").text()).isEqualTo("Bản đã đăng");
    }

    @Test
    void columnPagesShowTwentyArticlesPerPageNewestFirst() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Article> newestFirst = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            newestFirst.add(article("Bản tin an toàn thông tin số " + (i + 1), now.minus(Duration.ofMinutes(10L * i + 1))));
        }
        refresh.refresh(channel);

        Document first = html("chuyen-muc/thoi-su.html");
        Document second = html("chuyen-muc/thoi-su/trang-2.html");
        assertThat(first.select("ol.danh-sach h2 a").eachText())
                .containsExactlyElementsOf(newestFirst.subList(0, 20).stream().map(Article::headline).toList());
        assertThat(second.select("ol.danh-sach h2 a").eachText())
                .containsExactlyElementsOf(newestFirst.subList(20, 23).stream().map(Article::headline).toList());
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(fx.baseUrl() + "chuyen-muc/thoi-su/trang-2.html");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(fx.baseUrl() + "chuyen-muc/thoi-su.html");
        assertThat(first.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(fx.baseUrl() + "chuyen-muc/thoi-su.html");

        // Three taken down: the column fits one page again, and the second page goes.
        newestFirst.subList(0, 3).forEach(a -> takeDown(a.id()));
        Refreshed refreshed = refresh.refresh(channel);

        assertThat(refreshed.deleted()).contains(key("chuyen-muc/thoi-su/trang-2.html"));
        assertThat(fx.head(key("chuyen-muc/thoi-su/trang-2.html"))).isNull();
        assertThat(html("chuyen-muc/thoi-su.html").select("ol.danh-sach li")).hasSize(20);
    }

    @Test
    void feedsAndSitemapsValidateAndEveryPageIsWellFormedVietnamese() throws Exception {
        Instant now = Instant.now();
        Article a = article("Tập huấn kỹ năng nhận diện tin giả", now.minus(Duration.ofHours(5)), "Chuyển đổi số", "Hậu Giang");
        Article b = article("Ra mắt ứng dụng công dân số", now.minus(Duration.ofHours(4)), "chuyển đổi số");
        refresh.refresh(channel);

        for (String rss : List.of("rss.xml", "chuyen-muc/thoi-su/rss.xml")) {
            byte[] xml = bytes(rss);
            assertThatNoException().as(rss).isThrownBy(() -> XmlSchemas.validate(xml, XmlSchemas.RSS));
            assertThat(rome(rss).getFeedType()).isEqualTo("rss_2.0");
        }
        assertThat(rome("atom.xml").getFeedType()).isEqualTo("atom_1.0");
        assertThat(titles(rome("chuyen-muc/thoi-su/atom.xml"))).containsExactly(b.headline(), a.headline());
        byte[] sitemap = bytes("sitemap.xml");
        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(sitemap, XmlSchemas.SITEMAP));
        assertThat(new String(sitemap, StandardCharsets.UTF_8)).contains(fx.baseUrl() + "tin/" + a.slug() + ".html",
                fx.baseUrl() + "chuyen-muc/thoi-su.html");
        byte[] news = bytes("sitemap-news.xml");
        assertThatNoException().isThrownBy(() -> XmlSchemas.validate(news, XmlSchemas.SITEMAP, XmlSchemas.NEWS));

        // "Chuyển đổi số" and "chuyển đổi số" fold to one tag page listing both articles.
        Document tag = html("the/chuyen-doi-so.html");
        assertThat(tag.select("ol.danh-sach h2 a").eachText()).containsExactly(b.headline(), a.headline());
        assertThat(html("the/hau-giang.html").select("ol.danh-sach h2 a").eachText()).containsExactly(a.headline());
        for (String page : List.of("index.html", "chuyen-muc/thoi-su.html", "the/chuyen-doi-so.html",
                "tin/" + a.slug() + ".html")) {
            Document html = html(page);
            assertThat(html.selectFirst("html").attr("lang")).as(page).isEqualTo("vi");
            assertThat(html.select("meta[property=og:title]")).as(page).hasSize(1);
            // S3Proxy stores the type as "text/html;charset=utf-8": compare without case and spaces.
            assertThat(fx.head(key(page)).contentType().replace(" ", "")).as(page)
                    .isEqualToIgnoringCase("text/html;charset=UTF-8");
        }
    }

    @Test
    void googleNewsSitemapListsOnlyTheLastTwoDaysInVietnamTime() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Article hourOld = article("Tin một giờ trước", now.minus(Duration.ofHours(1)));
        Article almostTwoDays = article("Tin gần hai ngày trước", now.minus(Duration.ofHours(47)));
        Article overTwoDays = article("Tin hơn hai ngày trước", now.minus(Duration.ofHours(49)));
        Article lastWeek = article("Tin tuần trước", now.minus(Duration.ofDays(7)));
        refresh.refresh(channel);

        Document news = Jsoup.parse(fx.text(key("sitemap-news.xml")), "", Parser.xmlParser());
        assertThat(news.select("url > loc").eachText()).containsExactly(
                fx.baseUrl() + "tin/" + hourOld.slug() + ".html", fx.baseUrl() + "tin/" + almostTwoDays.slug() + ".html");
        assertThat(news.select("news|publication_date").eachText()).containsExactly(
                local(hourOld.publishedAt()), local(almostTwoDays.publishedAt()));
        assertThat(news.select("news|publication_date").first().text()).endsWith("+07:00");
        assertThat(fx.text(key("sitemap.xml"))).contains(overTwoDays.slug(), lastWeek.slug());
    }

    @Test
    void newsSitemapIsRemovedWhenNothingIsRecent() {
        Article recent = article("Tin mới", Instant.now().minus(Duration.ofHours(1)));
        article("Tin cũ", Instant.now().minus(Duration.ofDays(5)));
        refresh.refresh(channel);
        assertThat(fx.head(key("sitemap-news.xml"))).isNotNull();

        takeDown(recent.id());
        refresh.refresh(channel);

        assertThat(fx.head(key("sitemap-news.xml"))).isNull();
        assertThat(fx.head(key("sitemap.xml"))).isNotNull();
    }

    @Test
    void refreshingAnUnchangedSiteRewritesNothing() {
        article("Tin thứ nhất", Instant.now().minus(Duration.ofHours(1)), "An toàn thông tin");
        article("Tin thứ hai", Instant.now().minus(Duration.ofHours(2)));
        Refreshed first = refresh.refresh(channel);

        Refreshed second = refresh.refresh(channel);

        assertThat(first.written()).isNotEmpty();
        assertThat(second.written()).isEmpty();
        assertThat(second.deleted()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(first.written().size() + first.unchanged());
        assertThat(second.articles()).isEqualTo(2);
    }

    @Test
    void anItemWhoseFirstDeliveryIsInProgressKeepsItsPageButIsNotListedYet() {
        Article listed = article("Tin đã đăng", Instant.now().minus(Duration.ofHours(1)));
        Article sending = article("Tin đang gửi", Instant.now().minus(Duration.ofMinutes(5)));
        jdbc.sql("""
                UPDATE delivery SET state = 'in_progress', claimed_by = 'another', claimed_until = now() + interval '1 minute'
                WHERE item_id = :id
                """).param("id", sending.id()).update();
        String pageKey = key("tin/" + sending.slug() + ".html");
        s3.putObject(b -> b.bucket(storage.siteBucket()).key(pageKey).contentType("text/html; charset=UTF-8"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("<!DOCTYPE html><html lang=\"vi\"></html>"));

        Refreshed refreshed = refresh.refresh(channel);

        assertThat(refreshed.articles()).isEqualTo(1);
        assertThat(refreshed.deleted()).doesNotContain(pageKey);
        assertThat(fx.head(pageKey)).isNotNull();
        assertThat(fx.text(key("rss.xml"))).contains(listed.slug()).doesNotContain(sending.slug());
    }

    @Test
    void channelsShowingAnItemAreTheWebChannelsItWasDeliveredTo() {
        Article shown = article("Tin đã lên trang", Instant.now().minus(Duration.ofHours(1)));
        Article notYet = article("Tin chưa lên trang", Instant.now().minus(Duration.ofHours(1)));
        jdbc.sql("UPDATE delivery SET state = 'pending' WHERE item_id = :id").param("id", notYet.id()).update();
        takeDown(shown.id());

        assertThat(refresh.channelsShowing(shown.id())).containsExactly(channel);
        assertThat(refresh.channelsShowing(notYet.id())).isEmpty();
    }

    @Test
    void anUnknownChannelIsRefused() {
        assertThatThrownBy(() -> refresh.refresh("no-such-channel")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-channel");
    }

    // --- items and deliveries, written as cms-api and the publish run would ---

    /** A published item in the fixture's column, version 1, with a delivered delivery on the channel. */
    private Article article(String headline, Instant publishedAt, String... tags) {
        UUID id = UUID.randomUUID();
        String slug = "tin-" + id.toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO item (id, unit_id, type, state, version, revision, headline, standfirst, body, byline,
                                  column_id, tags, slug, first_published_at, updated_at, created_by)
                SELECT :id, ch.unit_id, 'article', 'published', 1, 1, :headline, 'Sa-pô: ' || :headline,
                       '<p>Nội dung bài viết.</p>', 'Phóng viên', c.id, CAST(:tags AS text[]), :slug, :at, :at,
                       (SELECT u.id FROM app_user u WHERE u.unit_id = ch.unit_id LIMIT 1)
                FROM output_channel ch JOIN content_column c ON c.unit_id = ch.unit_id AND c.slug = 'thoi-su'
                WHERE ch.id = :channel
                """).param("id", id).param("headline", headline).param("slug", slug)
                .param("tags", new SqlParameterValue(Types.ARRAY, tags)).param("at", utc(publishedAt))
                .param("channel", channel).update();
        deliver(id, 1);
        return new Article(id, slug, headline, publishedAt);
    }

    private void deliver(UUID itemId, long version) {
        jdbc.sql("""
                INSERT INTO delivery (id, item_id, item_version, channel_id, state, due_at)
                VALUES (gen_random_uuid(), :item, :version, :channel, 'delivered', now())
                """).param("item", itemId).param("version", version).param("channel", channel).update();
    }

    private void takeDown(UUID itemId) {
        jdbc.sql("UPDATE item SET state = 'taken_down', version = version + 1, takedown_reason = 'sai', updated_at = now() WHERE id = :id")
                .param("id", itemId).update();
    }

    private void correct(UUID itemId, String headline, String note) {
        deliver(itemId, correctWithoutDelivery(itemId, headline, note));
    }

    /** The correct step as cms-api writes it: new version and content, and the note in the audit log. */
    private long correctWithoutDelivery(UUID itemId, String headline, String note) {
        long version = jdbc.sql("""
                UPDATE item SET state = 'corrected', version = version + 1, revision = revision + 1, headline = :headline,
                       updated_at = now()
                WHERE id = :id RETURNING version
                """).param("headline", headline).param("id", itemId).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO workflow_event (item_id, action, from_state, to_state, actor, comment)
                SELECT id, 'correct', 'published', 'corrected', created_by, :note FROM item WHERE id = :id
                """).param("note", note).param("id", itemId).update();
        return version;
    }

    // --- reading the bucket ---

    private String key(String path) {
        return channel + "/" + path;
    }

    private byte[] bytes(String path) {
        return s3.getObjectAsBytes(b -> b.bucket(storage.siteBucket()).key(key(path))).asByteArray();
    }

    /** Parses a page with the HTML5 parser and fails on any parse error. */
    private Document html(String path) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document html = Jsoup.parse(fx.text(key(path)), fx.baseUrl(), parser);
        assertThat(parser.getErrors()).as(path).isEmpty();
        return html;
    }

    private SyndFeed rome(String path) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(bytes(path)), StandardCharsets.UTF_8));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static String local(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(HO_CHI_MINH).toOffsetDateTime());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private record Article(UUID id, String slug, String headline, Instant publishedAt) {
    }
}
