package vn.haugiang.newsroom.cms.content.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRulesTests {

    private final UrlRules urls = new UrlRules(SafeHtml.POLICY);

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=c#d", "http://example.com", "HTTPS://EXAMPLE.COM/", "mailto:toasoan@baohaugiang.vn",
            "/tin-tuc/x", "tin-tuc/x", "?trang=2", "#muc-1", "https://example.com/a:b", "https://example.com:8443/x"})
    void linksWithWebOrMailtoSchemesOrRelativeAreKept(String url) {
        UrlRules.Verdict verdict = urls.link(url);

        assertThat(verdict.problem()).isNull();
        assertThat(verdict.url()).isEqualTo(url);
        assertThat(verdict.rewritten()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "javascript:alert(1)        | javascript: URLs are not allowed",
            "' java\tscript:alert(1)'   | javascript: URLs are not allowed",
            "java\uFFFDscript:alert(1)  | javascript: URLs are not allowed",
            "java script:alert(1)       | javascript: URLs are not allowed",
            "data:text/html,x           | data: URLs are not allowed",
            "VBScript:x                 | vbscript: URLs are not allowed",
            "ftp://example.com/x        | only http, https and mailto links are allowed",
            "tel:+84293                 | only http, https and mailto links are allowed",
            "ja\u0001vascript:x         | javascript: URLs are not allowed",
            "/a\u0001b                  | control characters are not allowed in URLs",
            "/\\evil.example            | backslashes are not allowed in URLs",
            "https:evil.example         | malformed URL",
            "https://                   | malformed URL",
            "https://user:pw@example.com | user names and passwords in URLs are not allowed",
            "ht%74p://x                 | malformed URL",
            "''                         | empty URL"})
    void linksThatAreNotWebOrMailAreRefusedWithAReason(String url, String reason) {
        assertThat(urls.link(url).problem()).isEqualTo(reason);
        assertThat(urls.link(url).url()).isNull();
    }

    @Test
    void protocolRelativeLinkIsRewrittenToHttps() {
        UrlRules.Verdict verdict = urls.link("//example.com/x");

        assertThat(verdict.url()).isEqualTo("https://example.com/x");
        assertThat(verdict.host()).isEqualTo("example.com");
        assertThat(verdict.rewritten()).isTrue();
        assertThat(urls.isExternal(verdict)).isTrue();
    }

    @Test
    void tabsAndNewlinesInsideAUrlAreIgnoredAsBrowsersIgnoreThem() {
        // A browser reads "/\t/evil.example" as "//evil.example": another host, not a page of ours.
        UrlRules.Verdict sneaky = urls.link("/\t/evil.example");
        assertThat(sneaky.url()).isEqualTo("https://evil.example");
        assertThat(urls.isExternal(sneaky)).isTrue();

        assertThat(urls.link(" https://exa\nmple.com/x\r\n").url()).isEqualTo("https://example.com/x");
        assertThat(urls.frame("https://www.you\ttube.com/embed/x").url()).isEqualTo("https://www.youtube.com/embed/x");
    }

    @ParameterizedTest
    @CsvSource({"https://baohaugiang.vn/x, false", "https://WWW.BaoHauGiang.vn, false", "/x, false", "mailto:a@b.vn, false",
            "https://baohaugiang.vn.evil.example/, true", "http://example.com, true"})
    void onlyLinksToOtherHostsAreExternal(String url, boolean external) {
        assertThat(urls.isExternal(urls.link(url))).isEqualTo(external);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://media.baohaugiang.vn/a.jpg", "HTTPS://MEDIA.BAOHAUGIANG.VN/a.jpg", "/media/2024/a.jpg",
            "//media.baohaugiang.vn/a.jpg", "https://i.ytimg.com/vi/x/0.jpg", "/media/a..b.jpg"})
    void imagesFromTheMediaLibraryOrAnAllowedHostAreKept(String url) {
        assertThat(urls.image(url).problem()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.jpg", "/uploads/a.jpg", "/media", "https://media.baohaugiang.vn.evil.example/a.jpg",
            "https://evil.example/media/a.jpg", "/media/../a.jpg", "/media/%2E%2E/a.jpg", "/media/./a.jpg", "//evil.example/media/a.jpg"})
    void imagesFromElsewhereAreRefused(String url) {
        assertThat(urls.image(url).problem()).isEqualTo(UrlRules.IMAGE_PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/embed/abc?start=10", "https://WWW.YOUTUBE.COM/embed/abc",
            "https://www.youtube-nocookie.com/embed/abc", "https://www.facebook.com/plugins/video.php?href=x", "//www.youtube.com/embed/a"})
    void iframesFromAllowedSourcesAreKept(String url) {
        assertThat(urls.frame(url).problem()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://www.youtube.com/embed/abc                | iframes must use https",
            "https://www.youtube.com/watch?v=abc             | iframe host not allowed",
            "https://www.youtube.com/embed/../watch          | iframe host not allowed",
            "https://youtube.com/embed/abc                   | iframe host not allowed",
            "https://www.youtube.com:8443/embed/abc          | iframe host not allowed",
            "https://www.youtube.com.evil.example/embed/abc  | iframe host not allowed",
            "https://www.facebook.com/plugins/post.php       | iframe host not allowed",
            "/embed/abc                                      | iframe host not allowed",
            "javascript:alert(1)                             | javascript: URLs are not allowed"})
    void iframesFromOtherSourcesAreRefused(String url, String reason) {
        assertThat(urls.frame(url).problem()).isEqualTo(reason);
    }
}
