package vn.haugiang.newsroom.publisher.channel.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Every shared file of a site, from the list of its live articles: the home page, the paginated
 * column and tag pages, RSS 2.0 and Atom feeds of the site and of each column, the sitemap (split
 * under a sitemap index when too long) and the Google News sitemap. Article pages are rendered one by
 * one with {@link #article}, because the caller decides which of them may be (re)written.
 *
 * <p>Pure and deterministic: the same articles and {@code now} give byte-identical files, so a caller
 * can skip writing what did not change.
 *
 * <p>Files whose only valid form would be empty are left out, and the caller removes what a previous
 * run wrote there: a feed without articles (the RSS 2.0 XSD wants at least one {@code item}) and a
 * news sitemap without an article of the last two days (the sitemap XSD wants at least one
 * {@code url}). Column pages are always written, with "Chưa có tin bài." when the column is empty.
 */
public final class SiteBuilder {

    private final WebRenderer renderer;

    private final FeedWriter feeds;

    private final SitemapWriter sitemaps;

    public SiteBuilder(WebRenderer renderer, FeedWriter feeds, SitemapWriter sitemaps) {
        this.renderer = renderer;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
    }

    /** The page of one article, at {@link WebPaths#article(String)}. */
    public RenderedPage article(WebSite site, WebArticle article) {
        return renderer.article(site, article);
    }

    /**
     * The home, column and tag pages, feeds and sitemaps of {@code site}.
     *
     * @param columns  the site's columns, shown even when empty; columns named by an article but not
     *                 listed here are added. Two with one slug share a page (the first name is shown).
     * @param articles the live articles, in any order
     * @param now      the end of the Google News window ({@link SitemapWriter#NEWS_WINDOW} back from it)
     * @return the files, each path once, in a stable order
     */
    public List<RenderedPage> lists(WebSite site, List<WebColumn> columns, List<WebArticle> articles, Instant now) {
        List<RenderedPage> files = new ArrayList<>();
        files.add(renderer.home(site, articles));
        if (!articles.isEmpty()) {
            files.addAll(feeds.feeds(site, null, articles));
        }
        Map<String, WebColumn> allColumns = columnsBySlug(columns, articles);
        for (WebColumn column : allColumns.values()) {
            List<WebArticle> inColumn = articles.stream().filter(a -> column.slug().equals(a.columnSlug())).toList();
            files.addAll(renderer.column(site, column, inColumn));
            if (!inColumn.isEmpty()) {
                files.addAll(feeds.feeds(site, column, inColumn));
            }
        }
        tags(articles).forEach((tag, tagged) -> files.addAll(renderer.tag(site, tag.name(), tagged)));
        files.addAll(sitemaps.sitemaps(site, sitemapEntries(site, allColumns.values(), articles)));
        if (articles.stream().anyMatch(a -> inNewsWindow(a, now))) {
            files.add(new RenderedPage(WebPaths.NEWS_SITEMAP, RenderedPage.XML, sitemaps.newsSitemap(site, articles, now)));
        }
        return files;
    }

    private static boolean inNewsWindow(WebArticle article, Instant now) {
        return article.publishedAt().isAfter(now.minus(SitemapWriter.NEWS_WINDOW)) && !article.publishedAt().isAfter(now);
    }

    private static Map<String, WebColumn> columnsBySlug(List<WebColumn> columns, List<WebArticle> articles) {
        Map<String, WebColumn> bySlug = new TreeMap<>();
        columns.forEach(c -> bySlug.putIfAbsent(c.slug(), c));
        for (WebArticle article : articles) {
            if (article.columnSlug() != null) {
                bySlug.putIfAbsent(article.columnSlug(), new WebColumn(article.columnSlug(),
                        article.columnName() == null ? article.columnSlug() : article.columnName()));
            }
        }
        return bySlug;
    }

    /**
     * Articles by tag page. Tags that fold to one slug ({@code Hậu Giang}, {@code hậu giang}) share a page,
     * headed by the spelling most articles use (ties: the first in sort order), so no page is written twice.
     */
    private static Map<Tag, List<WebArticle>> tags(List<WebArticle> articles) {
        Map<String, Map<String, List<WebArticle>>> bySlug = new TreeMap<>();
        for (WebArticle article : articles) {
            for (String name : article.tags().stream().distinct().toList()) {
                bySlug.computeIfAbsent(WebPaths.tagSlug(name), s -> new TreeMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>()).add(article);
            }
        }
        Map<Tag, List<WebArticle>> result = new LinkedHashMap<>();
        bySlug.forEach((slug, spellings) -> {
            String name = spellings.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, List<WebArticle>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            List<WebArticle> tagged = spellings.values().stream().flatMap(List::stream).distinct().toList();
            result.put(new Tag(slug, name), tagged);
        });
        return result;
    }

    /** The home page, the first page of each column and every article, each dated by its newest article. */
    private static List<SitemapEntry> sitemapEntries(WebSite site, Iterable<WebColumn> columns, List<WebArticle> articles) {
        List<WebArticle> newestFirst = WebRenderer.newestFirst(articles);
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(site.baseUrl(), lastModified(newestFirst)));
        for (WebColumn column : columns) {
            List<WebArticle> inColumn = newestFirst.stream().filter(a -> column.slug().equals(a.columnSlug())).toList();
            entries.add(new SitemapEntry(site.url(WebPaths.column(column.slug(), 1)), lastModified(inColumn)));
        }
        newestFirst.forEach(a -> entries.add(SitemapEntry.of(site, a)));
        return entries;
    }

    private static @Nullable Instant lastModified(List<WebArticle> articles) {
        return articles.stream().map(WebArticle::modifiedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private record Tag(String slug, String name) {
    }
}
