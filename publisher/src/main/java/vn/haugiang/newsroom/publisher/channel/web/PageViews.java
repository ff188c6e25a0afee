package vn.haugiang.newsroom.publisher.channel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the templates see: plain strings, already formatted and resolved to absolute URLs, so that the
 * templates hold no logic beyond "if present".
 */
final class PageViews {

    private PageViews() {
    }

    /** A link with its visible text. */
    record Link(String text, String url) {
    }

    /** The {@code <head>} of every page: title, description, canonical URL, Open Graph and JSON-LD. */
    record Meta(String language, String siteName, String homeUrl, String title, String ogTitle,
            String description, String canonical, String ogType, @Nullable String ogImage,
            @Nullable String jsonLd, String rssUrl) {
    }

    /** The body of an article page. */
    record ArticleView(String headline, @Nullable String standfirst, String bodyHtml, @Nullable String byline,
            @Nullable Link column, String publishedText, String publishedIso, @Nullable String modifiedText,
            String modifiedIso, @Nullable String correctionNote, List<Link> tags, @Nullable String imageUrl,
            @Nullable String videoUrl) {
    }

    /** One entry of a list page. */
    record Teaser(String headline, String url, @Nullable String standfirst, String timeText, String timeIso,
            @Nullable String imageUrl) {
    }

    /** A page of a list (home, column, tag) with its neighbours. */
    record ListView(String heading, List<Teaser> items, int page, int pages, @Nullable String prevUrl,
            @Nullable String nextUrl) {
    }
}
