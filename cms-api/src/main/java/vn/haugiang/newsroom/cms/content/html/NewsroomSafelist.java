package vn.haugiang.newsroom.cms.content.html;

import java.util.Map;
import java.util.Set;

import org.jsoup.safety.Safelist;

/**
 * The newsroom's tag and attribute safelist, written out rather than derived from Jsoup's {@code
 * Safelist.relaxed()}, so that adding a tag is a visible decision here.
 *
 * <p>Rules per element, in the order {@link TreeScrubber} applies them:
 * <ol>
 * <li>{@link #DROPPED_WITH_CONTENT} and every element outside the HTML namespace (SVG, MathML) go
 *     with everything inside them: their content is code, raw text or a parser trap, never prose.
 * <li>{@link #RENAMED} elements become their safelisted equivalent (reported).
 * <li>Other elements not in {@link #TAGS} are unwrapped: their content stays. A block-level one
 *     (div, section, ...) holding only inline content becomes a {@code <p>} so that
 *     {@code <div>a</div><div>b</div>} does not run together as "ab".
 * <li>Attributes not in {@link #ATTRIBUTES} for that tag are removed; URLs go through
 *     {@link UrlRules}.
 * </ol>
 */
final class NewsroomSafelist {

    static final Set<String> TAGS = Set.of(
            "p", "br", "h2", "h3", "h4",
            "strong", "em", "b", "i", "u", "s", "sub", "sup",
            "ul", "ol", "li", "blockquote",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
            "figure", "figcaption", "img", "a", "iframe");

    /**
     * Allowed attributes per tag; none on any other tag. {@code rel} and {@code target} are listed
     * because the sanitizer sets them on external links; the editor's own values are replaced.
     */
    static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "a", Set.of("href", "title", "rel", "target"),
            "img", Set.of("src", "alt", "title", "width", "height"),
            "iframe", Set.of("src", "width", "height", "allowfullscreen", "title"),
            "td", Set.of("colspan", "rowspan"),
            "th", Set.of("colspan", "rowspan"));

    /** Attributes whose value must be a positive whole number (pixels or cells). */
    static final Set<String> NUMERIC_ATTRIBUTES = Set.of("width", "height", "colspan", "rowspan");

    /**
     * h1 is the article headline, rendered by the page template, so a body h1 is demoted to h2; h5
     * and h6 are promoted to h4, the deepest level the site styles. strike is the old name of s.
     */
    static final Map<String, String> RENAMED = Map.of("h1", "h2", "h5", "h4", "h6", "h4", "strike", "s");

    static final Map<String, String> RENAME_REASONS = Map.of(
            "h1", "changed to <h2>: the headline is the page's only <h1>",
            "h5", "changed to <h4>: headings go no deeper than <h4>",
            "h6", "changed to <h4>: headings go no deeper than <h4>",
            "strike", "changed to <s>");

    /**
     * Removed with their content: scripts and styles, raw-text and template containers (where
     * mXSS payloads hide), document-level elements, plugins, forms and media players.
     */
    static final Set<String> DROPPED_WITH_CONTENT = Set.of(
            "script", "style", "noscript", "template", "xmp", "plaintext", "noembed", "noframes",
            "head", "title", "meta", "link", "base",
            "object", "embed", "applet", "param", "frame", "frameset", "portal",
            "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output",
            "svg", "math", "canvas", "audio", "video", "source", "track", "map", "area");

    /** Where a {@code <p>} may stand, so a div there can become one. */
    static final Set<String> PARAGRAPH_CONTAINERS = Set.of("body", "blockquote", "li", "td", "th");

    private NewsroomSafelist() {
    }

    /**
     * The same rules as a Jsoup {@link Safelist}, used by the final {@code Cleaner} pass as a second
     * line of defence: if the scrubber ever let something through, Jsoup still drops it. URL hosts
     * are not expressible here; the protocols are.
     */
    static Safelist jsoup() {
        Safelist safelist = new Safelist().addTags(TAGS.toArray(String[]::new));
        ATTRIBUTES.forEach((tag, attributes) -> safelist.addAttributes(tag, attributes.toArray(String[]::new)));
        return safelist
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("iframe", "src", "https")
                // Relative links and /media/ images stay relative; they are checked by resolving
                // against the site's base URI.
                .preserveRelativeLinks(true);
    }
}
