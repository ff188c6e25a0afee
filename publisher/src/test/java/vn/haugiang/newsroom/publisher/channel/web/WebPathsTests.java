package vn.haugiang.newsroom.publisher.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class WebPathsTests {

    @Test
    void pathsFollowTheSiteLayout() {
        assertThat(WebPaths.article("lua-thu-dong")).isEqualTo("tin/lua-thu-dong.html");
        assertThat(WebPaths.column("thoi-su", 1)).isEqualTo("chuyen-muc/thoi-su.html");
        assertThat(WebPaths.column("thoi-su", 2)).isEqualTo("chuyen-muc/thoi-su/trang-2.html");
        assertThat(WebPaths.columnRss("thoi-su")).isEqualTo("chuyen-muc/thoi-su/rss.xml");
        assertThat(WebPaths.sitemapPart(3)).isEqualTo("sitemap-3.xml");
    }

    @Test
    void tagPathsAreFoldedVietnamese() {
        assertThat(WebPaths.tag("Chuyển đổi số")).isEqualTo("the/chuyen-doi-so.html");
        assertThat(WebPaths.tag("Đời sống", 2)).isEqualTo("the/doi-song/trang-2.html");
    }

    @Test
    void pagesCountFromOne() {
        assertThatThrownBy(() -> WebPaths.column("thoi-su", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void siteBaseUrlMustEndWithSlashSoPathsResolveUnderIt() {
        assertThatThrownBy(() -> new WebSite("hg", "Báo Hậu Giang", URI.create("https://baohaugiang.vn/tin"), "vi",
                "Báo Hậu Giang", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebFixtures.SITE.url(WebPaths.article("a"))).hasToString("https://baohaugiang.vn/tin/a.html");
    }
}
