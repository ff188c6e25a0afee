package vn.haugiang.newsroom.cms.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Turns Tika's XHTML output into the article body: keeps only the body's content, sanitises it
 * (jsoup {@link Safelist#relaxed()}: structure, links, tables, images, no scripts, styles, classes or
 * ids) and drops what Tika adds that an article does not want: empty paragraphs, bookmark anchors,
 * page and package wrappers ({@code div.page}, {@code div.package-entry}, {@code div.embedded}),
 * page headers and footers, comments.
 *
 * @param body the cleaned body; {@code body.html()} is the fragment to store
 * @param warnings what was left out, for the editor
 */
record BodyHtml(Element body, List<String> warnings) {

    private static final String EMBEDDED = "embedded:";
    // Tika's wrappers have no meaning in an article, and spans only carry styles: keep their content.
    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("div", "span")
            .addProtocols("img", "src", EMBEDDED.substring(0, EMBEDDED.length() - 1));
    private static final Set<String> LAYOUT_PARENTS = Set.of("body", "table", "thead", "tbody", "tfoot", "tr",
            "ul", "ol");
    private static final String MAYBE_EMPTY = "p, h1, h2, h3, h4, h5, h6, b, i, strong, em, u, sub, sup, small, "
            + "blockquote, pre, code, cite, q";

    /**
     * @param xhtml the whole serialised document from Tika ({@code ToHTMLContentHandler})
     * @param plainText whether the source was plain text: Tika puts a whole text file in one
     *     {@code <p>}, and each non-blank line becomes a paragraph instead
     * @param imageNames the embedded images kept; {@code <img src="embedded:...">} of others go
     */
    static BodyHtml read(String xhtml, boolean plainText, Set<String> imageNames) {
        List<String> warnings = new ArrayList<>();
        Element source = Jsoup.parse(xhtml).body();
        if (plainText) {
            source = paragraphsPerLine(source);
        }
        leaveOut(source.select(".header, .footer"), "page headers and footers were left out", warnings);
        leaveOut(source.select(".annotation"), "comments were left out", warnings);
        Element body = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(source.html())).body();
        tidy(body, imageNames);
        body.ownerDocument().outputSettings().prettyPrint(true).indentAmount(0);
        return new BodyHtml(body, warnings);
    }

    /** Parts of the file that are not article text (Tika marks them with these classes). */
    private static void leaveOut(Elements parts, String warning, List<String> warnings) {
        if (!parts.isEmpty()) {
            parts.remove();
            warnings.add(warning);
        }
    }

    private static Element paragraphsPerLine(Element source) {
        Element body = Jsoup.parseBodyFragment("").body();
        source.wholeText().lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> body.appendElement("p").text(line));
        return body;
    }

    private static void tidy(Element body, Set<String> names) {
        body.select("a:not([href])").unwrap(); // bookmarks, and internal links whose target is gone
        body.select("a[href]").stream().filter(a -> !a.hasText() && a.select("img").isEmpty()).forEach(Element::remove);
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            if (src.isEmpty() || src.startsWith(EMBEDDED) && !names.contains(src.substring(EMBEDDED.length()))) {
                img.remove(); // an embedded object that was not kept as an image
            }
        }
        // Innermost first, so that a paragraph holding only empty bold text goes too.
        List<Element> candidates = new ArrayList<>(body.select(MAYBE_EMPTY));
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element element = candidates.get(i);
            if (element.text().isBlank() && element.select("img, table").isEmpty()) {
                element.remove();
            }
        }
        dropLayoutWhitespace(body);
    }

    /** Whitespace between blocks (Tika's newlines and tabs, gaps left by removed elements) is not text. */
    private static void dropLayoutWhitespace(Element body) {
        List<TextNode> blank = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.isBlank() && betweenBlocks(text)) {
                blank.add(text);
            }
        });
        blank.forEach(Node::remove);
    }

    private static boolean betweenBlocks(TextNode text) {
        @Nullable Element parent = text.parent();
        if (parent == null || LAYOUT_PARENTS.contains(parent.normalName()) || parent.childNodeSize() == 1) {
            return true;
        }
        return text.previousSibling() instanceof Element previous && previous.isBlock()
                || text.nextSibling() instanceof Element next && next.isBlock();
    }

    /** The first {@code h1}–{@code h3} in document order, if any has text. */
    @Nullable String firstHeading() {
        Element heading = body.selectFirst("h1:matches(\\S), h2:matches(\\S), h3:matches(\\S)");
        return heading == null ? null : heading.text().strip();
    }

    /** The first non-blank line of text. */
    @Nullable String firstLine() {
        for (Element block : body.select("p, h1, h2, h3, h4, h5, h6, li, td, th, pre, blockquote")) {
            for (String line : block.wholeText().split("\\R")) {
                if (!line.isBlank()) {
                    return line.strip().replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }
}
