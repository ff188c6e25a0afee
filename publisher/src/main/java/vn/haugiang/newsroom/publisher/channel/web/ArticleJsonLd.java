package vn.haugiang.newsroom.publisher.channel.web;

import java.net.URI;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org description of an article page, as JSON-LD: {@code NewsArticle}, or
 * {@code VideoObject} for a video clip (see schema.org/NewsArticle, /VideoObject and the
 * {@code CorrectionComment} example #eg-0266).
 *
 * <p>Built as a Jackson tree so that every value is JSON-escaped by the library, never by string
 * concatenation; {@link #forScript(ObjectNode)} then makes the JSON safe inside a {@code <script>}.
 */
final class ArticleJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleJsonLd() {
    }

    static ObjectNode of(WebSite site, WebArticle article) {
        String url = site.url(WebPaths.article(article.slug())).toString();
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", article.isVideo() ? "VideoObject" : "NewsArticle");
        node.put("headline", article.headline());
        node.put("description", article.description());
        node.put("inLanguage", site.language());
        node.put("url", url);
        node.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        node.put("datePublished", WebTime.iso(article.publishedAt()));
        node.put("dateModified", WebTime.iso(article.modifiedAt()));
        author(node, site, article);
        publisher(node.putObject("publisher"), site);
        if (article.imageUrl() != null) {
            node.putArray("image").add(article.imageUrl().toString());
        }
        if (article.columnName() != null) {
            node.put("articleSection", article.columnName());
        }
        if (!article.tags().isEmpty()) {
            node.put("keywords", String.join(", ", article.tags()));
        }
        if (article.isVideo()) {
            video(node, article);
        }
        if (article.correctionNote() != null) {
            node.putObject("correction")
                    .put("@type", "CorrectionComment")
                    .put("text", article.correctionNote())
                    .put("datePublished", WebTime.iso(article.modifiedAt()));
        }
        return node;
    }

    /**
     * The JSON text to put inside {@code <script type="application/ld+json">}. {@code <}, {@code >} and
     * {@code &} can only occur inside JSON strings, where {@code \}{@code u003c} etc. mean the same
     * characters; escaping them means no value can close the script ({@code </script>}) or open an
     * HTML comment.
     */
    static String forScript(ObjectNode node) {
        return JSON.writeValueAsString(node)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static void author(ObjectNode node, WebSite site, WebArticle article) {
        // Without a byline the newsroom itself is the author, as schema.org allows an Organization.
        if (article.byline() != null && !article.byline().isBlank()) {
            node.putArray("author").addObject().put("@type", "Person").put("name", article.byline());
        } else {
            node.putArray("author").addObject().put("@type", "Organization").put("name", site.publisherName());
        }
    }

    private static void publisher(ObjectNode publisher, WebSite site) {
        publisher.put("@type", "Organization");
        publisher.put("name", site.publisherName());
        publisher.put("url", site.baseUrl().toString());
        URI logo = site.logoUrl();
        if (logo != null) {
            publisher.putObject("logo").put("@type", "ImageObject").put("url", logo.toString());
        }
    }

    private static void video(ObjectNode node, WebArticle article) {
        // Google's video rich results need name, thumbnailUrl and uploadDate besides the CreativeWork fields.
        node.put("name", article.headline());
        node.put("uploadDate", WebTime.iso(article.publishedAt()));
        if (article.imageUrl() != null) {
            node.put("thumbnailUrl", article.imageUrl().toString());
        }
        if (article.videoUrl() != null) {
            node.put("contentUrl", article.videoUrl().toString());
        }
    }
}
