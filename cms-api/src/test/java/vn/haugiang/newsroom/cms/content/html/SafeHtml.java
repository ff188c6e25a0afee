package vn.haugiang.newsroom.cms.content.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Test fixtures and the invariants every sanitizer output must satisfy, whatever the input. */
final class SafeHtml {

    static final HtmlPolicy POLICY = new HtmlPolicy(
            List.of("https://media.baohaugiang.vn/", "/media/"),
            List.of("i.ytimg.com"),
            HtmlPolicy.DEFAULT_IFRAME_SOURCES,
            List.of("baohaugiang.vn", "www.baohaugiang.vn"));

    static final HtmlSanitizer SANITIZER = new HtmlSanitizer(POLICY);

    static final String MEDIA_IMG = "https://media.baohaugiang.vn/2024/05/cau-vam-xang.jpg";

    private SafeHtml() {
    }

    /**
     * Output invariants: parses without a single parser error (well-formed fragment), contains only
     * safelisted elements and attributes, no script-capable URL, and is a fixed point of sanitize.
     */
    static void assertSafe(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document shell = Document.createShell(POLICY.baseUri());
        parser.parseFragmentInput(html, shell.body(), POLICY.baseUri());
        assertThat(parser.getErrors()).as("parse errors in %s", html).isEmpty();

        Document doc = Jsoup.parseBodyFragment(html, POLICY.baseUri());
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                assertThat(el.attributesSize()).isZero();
                continue;
            }
            assertThat(NewsroomSafelist.TAGS).as("element in %s", html).contains(el.normalName());
            assertThat(el.tag().namespace()).isEqualTo(Parser.NamespaceHtml);
            for (Attribute attribute : el.attributes()) {
                assertThat(NewsroomSafelist.ATTRIBUTES.get(el.normalName()))
                        .as("attribute %s on %s in %s", attribute.getKey(), el.normalName(), html)
                        .contains(attribute.getKey());
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
            if (el.normalName().equals("img")) {
                assertThat(el.attr("src")).matches("(https://media\\.baohaugiang\\.vn/|/media/|https://i\\.ytimg\\.com/).*");
            }
            if (el.normalName().equals("iframe")) {
                assertThat(el.attr("src")).matches("https://(www\\.youtube\\.com/embed/|www\\.youtube-nocookie\\.com/embed/"
                        + "|www\\.facebook\\.com/plugins/video\\.php).*");
                assertThat(el.childNodeSize()).isZero();
            }
        }
        SanitizedHtml again = SANITIZER.sanitize(html);
        assertThat(again.html()).as("idempotent").isEqualTo(html);
        assertThat(again.removals()).as("nothing left to remove in %s", html).isEmpty();
    }
}
