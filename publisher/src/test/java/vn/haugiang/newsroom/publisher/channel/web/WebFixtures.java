package vn.haugiang.newsroom.publisher.channel.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Realistic Vietnamese articles for the web channel's tests: titles and descriptions from the DANeS
 * news corpus, read in place from the shared data directory (never copied into the repository).
 */
final class WebFixtures {

    static final Path SHARED = Path.of("../../shared/data");

    static final Path DANES = SHARED.resolve("news-vi/DANeS_first300_flat.jsonl");

    /** 29/11/2026 08:30 in Hậu Giang. */
    static final Instant NOW = Instant.parse("2026-11-29T01:30:00Z");

    static final WebSite SITE = new WebSite("baohaugiang", "Báo Hậu Giang", URI.create("https://baohaugiang.vn/"), "vi",
            "Báo Hậu Giang", URI.create("https://baohaugiang.vn/static/logo.png"));

    static final WebColumn THOI_SU = new WebColumn("thoi-su", "Thời sự");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebFixtures() {
    }

    /**
     * {@code count} articles from DANeS, the first published at {@link #NOW}, each next one an hour
     * earlier; ids are DANeS ids, tags its topics, filed in {@link #THOI_SU}.
     */
    static List<WebArticle> articles(int count) {
        List<WebArticle> articles = new ArrayList<>();
        try (Stream<String> lines = Files.lines(DANES, StandardCharsets.UTF_8)) {
            List<JsonNode> rows = lines.limit(count).map(JSON::readTree).toList();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String title = row.get("title").asString();
                String description = row.get("description").asString();
                List<String> tags = new ArrayList<>();
                row.get("topic").forEach(topic -> tags.add(topic.asString()));
                Instant published = NOW.minus(Duration.ofHours(i));
                articles.add(new WebArticle(java.util.UUID.nameUUIDFromBytes(row.get("id").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), VietnameseText.slug(title), ContentType.ARTICLE,
                        title, description, "<p>" + description + "</p>", "Minh Thư", THOI_SU.slug(), THOI_SU.name(),
                        tags, List.of("NV1.a"), published, published, URI.create("https://baohaugiang.vn/media/" + i + ".jpg"),
                        null, null));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return articles;
    }

    static WebArticle article() {
        return articles(1).get(0);
    }

    static WebArticle withHeadline(WebArticle a, String headline) {
        return new WebArticle(a.id(), a.slug(), a.type(), headline, a.standfirst(), a.bodyHtml(), a.byline(),
                a.columnSlug(), a.columnName(), a.tags(), a.planTasks(), a.publishedAt(), a.modifiedAt(), a.imageUrl(),
                a.videoUrl(), a.correctionNote());
    }

    static WebArticle corrected(WebArticle a, String note, Instant at) {
        return new WebArticle(a.id(), a.slug(), a.type(), a.headline(), a.standfirst(), a.bodyHtml(), a.byline(),
                a.columnSlug(), a.columnName(), a.tags(), a.planTasks(), a.publishedAt(), at, a.imageUrl(),
                a.videoUrl(), note);
    }

    static WebArticle asVideo(WebArticle a, URI video) {
        return new WebArticle(a.id(), a.slug(), ContentType.VIDEO_CLIP, a.headline(), a.standfirst(), a.bodyHtml(),
                a.byline(), a.columnSlug(), a.columnName(), a.tags(), a.planTasks(), a.publishedAt(), a.modifiedAt(),
                a.imageUrl(), video, a.correctionNote());
    }

    static WebArticle withoutByline(WebArticle a) {
        return new WebArticle(a.id(), a.slug(), a.type(), a.headline(), a.standfirst(), a.bodyHtml(), null,
                a.columnSlug(), a.columnName(), a.tags(), a.planTasks(), a.publishedAt(), a.modifiedAt(), a.imageUrl(),
                a.videoUrl(), a.correctionNote());
    }
}
