package vn.haugiang.newsroom.publisher.channel.web;

import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Where each file of a static site lives, relative to {@link WebSite#baseUrl()}. The publish job uses
 * the same names to delete a taken-down article's page and to know which list pages to regenerate.
 *
 * <p>Lists: the first page is {@code <prefix>/<slug>.html}, later ones {@code <prefix>/<slug>/trang-N.html},
 * so the first page keeps its URL whatever the number of pages.
 */
public final class WebPaths {

    /** The home page. */
    public static final String HOME = "index.html";

    /** The site's RSS 2.0 feed. */
    public static final String RSS = "rss.xml";

    /** The site's Atom 1.0 feed. */
    public static final String ATOM = "atom.xml";

    /** The sitemap, or the sitemap index when the site has more URLs than one sitemap may hold. */
    public static final String SITEMAP = "sitemap.xml";

    /** The Google News sitemap (last two days). */
    public static final String NEWS_SITEMAP = "sitemap-news.xml";

    private WebPaths() {
    }

    /** {@code tin/<slug>.html}. */
    public static String article(String slug) {
        return "tin/" + slug + ".html";
    }

    /** {@code chuyen-muc/<slug>.html} for page 1, {@code chuyen-muc/<slug>/trang-N.html} after. */
    public static String column(String columnSlug, int page) {
        return listPage("chuyen-muc/", columnSlug, page);
    }

    /** The page of a tag; the tag name is folded with {@link VietnameseText#slug(String)}. */
    public static String tag(String tagName) {
        return tag(tagName, 1);
    }

    /** Page {@code page} (from 1) of a tag. */
    public static String tag(String tagName, int page) {
        return listPage("the/", tagSlug(tagName), page);
    }

    /** {@code Chuyển đổi số} → {@code chuyen-doi-so}. */
    public static String tagSlug(String tagName) {
        return VietnameseText.slug(tagName);
    }

    /** {@code chuyen-muc/<slug>/rss.xml}. */
    public static String columnRss(String columnSlug) {
        return "chuyen-muc/" + columnSlug + "/" + RSS;
    }

    /** {@code chuyen-muc/<slug>/atom.xml}. */
    public static String columnAtom(String columnSlug) {
        return "chuyen-muc/" + columnSlug + "/" + ATOM;
    }

    /** {@code sitemap-N.xml}, the N-th (from 1) part listed in a sitemap index. */
    public static String sitemapPart(int part) {
        return "sitemap-" + part + ".xml";
    }

    private static String listPage(String prefix, String slug, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        return page == 1 ? prefix + slug + ".html" : prefix + slug + "/trang-" + page + ".html";
    }
}
