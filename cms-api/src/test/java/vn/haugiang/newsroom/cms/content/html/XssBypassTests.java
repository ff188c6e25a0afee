package vn.haugiang.newsroom.cms.content.html;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.MEDIA_IMG;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.SANITIZER;
import static vn.haugiang.newsroom.cms.content.html.SafeHtml.assertSafe;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known filter bypasses, mostly from the OWASP XSS Filter Evasion Cheat Sheet and published mXSS
 * reports. Every one must come out harmless, well-formed and stable under a second sanitize.
 */
class XssBypassTests {

    static Stream<String> scriptUrlsInHref() {
        return Stream.of(
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"ja&Tab;vascript:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
                "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
                "<a href=\"jav\nascript:alert(1)\">x</a>",
                "<a href=\"java\r\nscript:alert(1)\">x</a>",
                "<a href=\"&NewLine;javascript:alert(1)\">x</a>",
                "<a href=\" &#14;  javascript:alert(1)\">x</a>",
                "<a href=\"\u0001javascript:alert(1)\">x</a>",
                "<a href=\"java\u0000script:alert(1)\">x</a>",
                "<a href=\"java&#0;script:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041\">x</a>",
                "<a href=javascript:alert(1)>x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"livescript:alert(1)\">x</a>");
    }

    @ParameterizedTest
    @MethodSource("scriptUrlsInHref")
    void scriptAndDataUrlsInHrefAreRemovedAndTheLinkTextKept(String html) {
        SanitizedHtml result = SANITIZER.sanitize(html);

        assertThat(result.html()).isEqualTo("x");
        assertThat(result.removals()).singleElement().satisfies(r -> {
            assertThat(r.what()).isEqualTo("href on <a>");
            assertThat(r.reason()).matches("(javascript|data|vbscript|livescript): URLs are not allowed");
        });
    }

    static Stream<String> vectors() {
        return Stream.of(
                "<img src=x onerror=alert(1)>",
                "<img src=\"" + MEDIA_IMG + "\" onerror=\"alert(1)\" onload=alert(2)>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"/media/../admin/x.jpg\">",
                "<img src=\"/media/%2e%2e/admin/x.jpg\">",
                "<img src=\"https://media.baohaugiang.vn.evil.example/x.jpg\">",
                "<img src=\"https://media.baohaugiang.vn@evil.example/x.jpg\">",
                "<img src=\"x",
                "<svg onload=alert(1)>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math href=\"javascript:alert(1)\">CLICKME</math>",
                "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
                "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">y</mi></math>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"https://www.youtube.com/embed/x\" srcdoc=\"<script>alert(1)</script>\" onload=alert(1)>"
                        + "</iframe><script>alert(1)</script></iframe>",
                "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>",
                "<iframe src=\"https://evil.example/www.youtube.com/embed/x\"></iframe>",
                "<iframe src=\"//evil.example/embed/x\"></iframe>",
                "<a href=\"//evil.example\">x</a>",
                "<a href=\"/\\evil.example\">x</a>",
                "<a href=\"https://baohaugiang.vn@evil.example/\">x</a>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<xss style=\"behavior: url(xss.htc);\">x</xss>",
                "<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
                "<style>@import 'javascript:alert(1)';</style>",
                "<form action=\"javascript:alert(1)\"><input type=\"submit\"><button formaction=javascript:alert(1)>x</button></form>",
                "<object data=\"javascript:alert(1)\"></object><embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
                "<![if !IE]><script>alert(1)</script><![endif]>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<p><b>bold <i>both<p>unclosed <a href=\"https://baohaugiang.vn/x\">link",
                "<table><tr><td>1<td>2</table><p>after",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<p title=\"</p><img src=x onerror=alert(1)>\">x</p>",
                "<a href=\"/x\" title=\"</a><img src=x onerror=alert(1)>\">y</a>",
                "<template><img src=x onerror=alert(1)></template>",
                "<textarea><img src=x onerror=alert(1)></textarea>",
                "<xmp><img src=x onerror=alert(1)></xmp>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<BODY ONLOAD=alert('XSS')>x",
                "<table background=\"javascript:alert(1)\"><tr><td colspan=\"2\" rowspan=\"x\" onclick=alert(1)>c</td></tr></table>",
                "<isindex action=javascript:alert(1) type=image>",
                "<a href=\"https://example.com\" target=\"_self\" rel=\"opener\">x</a>");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void knownBypassesComeOutSafeWellFormedAndStable(String html) {
        SanitizedHtml result = SANITIZER.sanitize(html);

        assertSafe(result.html());
        // Markup-looking text may survive escaped (&lt;img ...); a live tag may not.
        assertThat(result.html().toLowerCase()).doesNotContain("<script", "<img src=x", "<svg", "<math");
    }

    @Test
    void eventHandlerOnAMediaImageIsRemovedButTheImageKept() {
        SanitizedHtml result = SANITIZER.sanitize("<img src=\"" + MEDIA_IMG + "\" onerror=\"alert(1)\">");

        assertThat(result.html()).isEqualTo("<img src=\"" + MEDIA_IMG + "\">");
        assertThat(result.removals()).containsExactly(new Removal("onerror on <img>", "event handler attributes are not allowed"));
    }

    @Test
    void imageWithAnUnknownSourceIsRemovedWhole() {
        SanitizedHtml result = SANITIZER.sanitize("<p>a<img src=x onerror=alert(1)>b</p>");

        assertThat(result.html()).isEqualTo("<p>ab</p>");
        assertThat(result.removals()).containsExactly(new Removal("<img src=x>", UrlRules.IMAGE_PROBLEM));
    }

    @Test
    void svgAndMathAreRemovedWithEverythingInside() {
        SanitizedHtml result = SANITIZER.sanitize("<p>a</p><svg onload=alert(1)><text>t</text></svg><math><mi>y</mi></math>");

        assertThat(result.html()).isEqualTo("<p>a</p>");
        assertThat(result.removals()).containsExactly(
                new Removal("<svg>", "element not allowed"), new Removal("<math>", "element not allowed"));
    }

    @Test
    void iframeWithOnlySrcdocIsRemoved() {
        SanitizedHtml result = SANITIZER.sanitize("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>");

        assertThat(result.html()).isEmpty();
        assertThat(result.removals()).containsExactly(new Removal("<iframe>", "iframe without src"));
    }

    @Test
    void srcdocBesideAnAllowedSrcIsRemovedAndTheEmbedKept() {
        SanitizedHtml result = SANITIZER.sanitize(
                "<iframe src=\"https://www.youtube.com/embed/abc\" srcdoc=\"<script>alert(1)</script>\">fallback</iframe>");

        assertThat(result.html()).isEqualTo("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>");
        assertThat(result.removals()).containsExactly(new Removal("srcdoc on <iframe>", "attribute not allowed"));
    }

    @Test
    void protocolRelativeExternalLinkIsMadeHttpsAndMarkedExternal() {
        SanitizedHtml result = SANITIZER.sanitize("<a href=\"//evil.example/x\">x</a>");

        assertThat(result.html())
                .isEqualTo("<a href=\"https://evil.example/x\" rel=\"noopener noreferrer\" target=\"_blank\">x</a>");
        assertThat(result.removals()).containsExactly(new Removal("href on <a>", AttributeScrubber.PROTOCOL_RELATIVE));
    }

    @Test
    void styleBaseMetaAndFormAreRemovedAndReported() {
        SanitizedHtml result = SANITIZER.sanitize("<base href=\"https://evil.example/\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
                + "<p style=\"color:red\">tin</p><form action=\"https://evil.example\"><input name=q>gửi</form>");

        assertThat(result.html()).isEqualTo("<p>tin</p>");
        assertThat(result.removals()).containsExactly(
                new Removal("<base>", "element not allowed"),
                new Removal("<meta>", "element not allowed"),
                new Removal("style on <p>", "inline styles are not allowed"),
                new Removal("<form>", "element not allowed"));
    }

    @Test
    void conditionalCommentsAreRemovedWithTheirPayload() {
        SanitizedHtml result = SANITIZER.sanitize("<p>a</p><!--[if IE]><script>alert(1)</script><![endif]--><p>b</p>");

        assertThat(result.html()).isEqualTo("<p>a</p><p>b</p>");
        assertThat(result.removals()).containsExactly(new Removal("<!-- comment -->", "comments are not allowed"));
    }

    @Test
    void noscriptMutationPayloadDoesNotSurface() {
        SanitizedHtml result = SANITIZER.sanitize("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");

        assertThat(result.html()).isEmpty();
        assertThat(result.removals()).containsExactly(new Removal("<noscript>", "element not allowed"));
    }

    @Test
    void markupInAnAllowedAttributeStaysEscapedText() {
        SanitizedHtml result = SANITIZER.sanitize("<a href=\"/x\" title=\"</a><img src=x onerror=alert(1)>\">y</a>");

        assertThat(result.html())
                .isEqualTo("<a href=\"/x\" title=\"&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;\">y</a>");
    }

    @Test
    void unclosedTagsAreClosed() {
        SanitizedHtml result = SANITIZER.sanitize("<p><b>đậm <a href=\"https://baohaugiang.vn/x\">liên kết");

        assertThat(result.html()).isEqualTo("<p><b>đậm <a href=\"https://baohaugiang.vn/x\">liên kết</a></b></p>");
        assertThat(result.removals()).isEmpty();
    }
}
