package vn.haugiang.newsroom.publisher.channel.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.haugiang.newsroom.publisher.channel.web.PageViews.ArticleView;
import vn.haugiang.newsroom.publisher.channel.web.PageViews.Link;
import vn.haugiang.newsroom.publisher.channel.web.PageViews.ListView;
import vn.haugiang.newsroom.publisher.channel.web.PageViews.Meta;
import vn.haugiang.newsroom.publisher.channel.web.PageViews.Teaser;

/**
 * Renders the static HTML pages of a site from the templates in {@code templates/web/}: article pages,
 * the home page, and paginated column and tag pages. Lists are ordered newest first.
 *
 * <p>The renderer owns its template engine rather than using Spring MVC's view resolution: pages are
 * rendered by a batch job and written to object storage, with no request in sight. It is a
 * {@link SpringTemplateEngine} only because that brings SpEL; plain Thymeleaf would need OGNL, which is
 * not on the class path. Thread-safe; build one and reuse it (templates are cached).
 */
public final class WebRenderer {

    /** Articles per list page when not configured. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    private static final Comparator<WebArticle> NEWEST_FIRST = Comparator.comparing(WebArticle::publishedAt)
            .thenComparing(WebArticle::id).reversed();

    private final TemplateEngine engine;

    private final int pageSize;

    /** A renderer with {@value #DEFAULT_PAGE_SIZE} articles per list page. */
    public WebRenderer() {
        this(DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize articles per column, tag and home page (≥ 1) */
    public WebRenderer(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.pageSize = pageSize;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(WebRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        this.engine = spring;
    }

    /** The page of one article at {@link WebPaths#article(String)}. */
    public RenderedPage article(WebSite site, WebArticle article) {
        String path = WebPaths.article(article.slug());
        Meta meta = new Meta(site.language(), site.name(), site.baseUrl().toString(),
                article.headline() + " - " + site.name(), article.headline(), article.description(),
                site.url(path).toString(), article.isVideo() ? "video.other" : "article",
                string(article.imageUrl()), ArticleJsonLd.forScript(ArticleJsonLd.of(site, article)),
                site.url(WebPaths.RSS).toString());
        Link column = article.columnSlug() == null ? null
                : new Link(article.columnName() == null ? article.columnSlug() : article.columnName(),
                        site.url(WebPaths.column(article.columnSlug(), 1)).toString());
        boolean modified = article.modifiedAt().isAfter(article.publishedAt());
        List<Link> tags = article.tags().stream().map(tag -> new Link(tag, site.url(WebPaths.tag(tag)).toString()))
                .toList();
        ArticleView view = new ArticleView(article.headline(), article.standfirst(), article.bodyHtml(),
                article.byline(), column, WebTime.forReaders(article.publishedAt()), WebTime.iso(article.publishedAt()),
                modified ? WebTime.forReaders(article.modifiedAt()) : null, WebTime.iso(article.modifiedAt()),
                article.correctionNote(), tags, string(article.imageUrl()), string(article.videoUrl()));
        Context context = context(site, meta);
        context.setVariable("article", view);
        return html(path, "web/article", context);
    }

    /** The home page: the latest {@code pageSize} of {@code articles}. */
    public RenderedPage home(WebSite site, List<WebArticle> articles) {
        List<WebArticle> latest = newestFirst(articles).stream().limit(pageSize).toList();
        Meta meta = listMeta(site, site.name(), "Tin tức mới nhất của " + site.name(), "", WebPaths.RSS);
        ListView list = new ListView("Tin mới nhất", teasers(site, latest), 1, 1, null, null);
        return list(WebPaths.HOME, meta, list);
    }

    /** Every page of a column at {@link WebPaths#column(String, int)}; one (empty) page when there are none. */
    public List<RenderedPage> column(WebSite site, WebColumn column, List<WebArticle> articles) {
        return paged(site, column.name(), "Tin bài chuyên mục " + column.name() + " của " + site.name(),
                WebPaths.columnRss(column.slug()), page -> WebPaths.column(column.slug(), page), articles);
    }

    /** Every page of a tag at {@link WebPaths#tag(String, int)}. */
    public List<RenderedPage> tag(WebSite site, String tagName, List<WebArticle> articles) {
        return paged(site, tagName, "Tin bài về " + tagName + " trên " + site.name(), WebPaths.RSS,
                page -> WebPaths.tag(tagName, page), articles);
    }

    private List<RenderedPage> paged(WebSite site, String heading, String description, String rssPath,
            IntFunction<String> pathOf, List<WebArticle> articles) {
        List<WebArticle> sorted = newestFirst(articles);
        int pages = Math.max(1, (sorted.size() + pageSize - 1) / pageSize);
        List<RenderedPage> result = new ArrayList<>(pages);
        for (int page = 1; page <= pages; page++) {
            List<WebArticle> slice = sorted.subList((page - 1) * pageSize, Math.min(sorted.size(), page * pageSize));
            String title = page == 1 ? heading : heading + " - Trang " + page;
            Meta meta = listMeta(site, title + " - " + site.name(), description, pathOf.apply(page), rssPath);
            String prev = page > 1 ? site.url(pathOf.apply(page - 1)).toString() : null;
            String next = page < pages ? site.url(pathOf.apply(page + 1)).toString() : null;
            result.add(list(pathOf.apply(page), meta, new ListView(title, teasers(site, slice), page, pages, prev, next)));
        }
        return result;
    }

    private RenderedPage list(String path, Meta meta, ListView list) {
        Context context = new Context(Locale.forLanguageTag(meta.language()));
        context.setVariable("meta", meta);
        context.setVariable("list", list);
        return html(path, "web/list", context);
    }

    /** @param path the page's path, or {@code ""} for the home page, whose canonical URL is the base URL */
    private static Meta listMeta(WebSite site, String title, String description, String path, String rssPath) {
        return new Meta(site.language(), site.name(), site.baseUrl().toString(), title, title, description,
                site.url(path).toString(), "website", string(site.logoUrl()), null, site.url(rssPath).toString());
    }

    private static List<Teaser> teasers(WebSite site, List<WebArticle> articles) {
        return articles.stream()
                .map(a -> new Teaser(a.headline(), site.url(WebPaths.article(a.slug())).toString(), a.standfirst(),
                        WebTime.forReaders(a.publishedAt()), WebTime.iso(a.publishedAt()), string(a.imageUrl())))
                .toList();
    }

    private static Context context(WebSite site, Meta meta) {
        Context context = new Context(Locale.forLanguageTag(site.language()));
        context.setVariable("meta", meta);
        return context;
    }

    private RenderedPage html(String path, String template, Context context) {
        return new RenderedPage(path, RenderedPage.HTML, engine.process(template, context).getBytes(StandardCharsets.UTF_8));
    }

    static List<WebArticle> newestFirst(List<WebArticle> articles) {
        return articles.stream().sorted(NEWEST_FIRST).toList();
    }

    private static @Nullable String string(@Nullable URI uri) {
        return uri == null ? null : uri.toString();
    }
}
