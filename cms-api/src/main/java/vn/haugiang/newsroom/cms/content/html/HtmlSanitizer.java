package vn.haugiang.newsroom.cms.content.html;

import java.text.Normalizer;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;

/**
 * Makes article-body HTML (written by editors, or produced by document import) safe to publish,
 * and says what it removed.
 *
 * <p><b>What stays</b> (package-private {@code NewsroomSafelist}): {@code p br h2 h3 h4 strong em b i u s sub sup ul
 * ol li blockquote table thead tbody tfoot tr th td caption figure figcaption img a iframe}, with
 * only these attributes: {@code a[href title]}, {@code img[src alt title width height]}, {@code
 * iframe[src width height allowfullscreen title]}, {@code td/th[colspan rowspan]}. Everything else
 * is removed and reported as a {@link Removal}:
 * <ul>
 * <li>{@code h1} becomes {@code h2} (the headline is the page's only h1), {@code h5}/{@code h6}
 *     become {@code h4}, {@code strike} becomes {@code s};
 * <li>script, style, noscript, template, svg, math, form, object/embed, media players and
 *     document-level elements (base, meta, link, title) go with their content; comments go too;
 * <li>any other element (span, div, font, section, Word's o:p ...) is unwrapped, its text kept; a
 *     block (div, section ...) with only inline content becomes a {@code p};
 * <li>{@code a href}: http, https, mailto or relative (this site) only. Protocol-relative
 *     {@code //host/path} is kept as {@code https://host/path}. A link to a host not in
 *     {@link HtmlPolicy#siteHosts()} gets {@code rel="noopener noreferrer" target="_blank"}; the
 *     editor's own rel/target are replaced. An {@code a} left without href is unwrapped;
 * <li>{@code img src} must start with a {@link HtmlPolicy#mediaBases() media base} or be https from
 *     an {@link HtmlPolicy#imageHosts() allowed host}; {@code iframe src} must be https and start
 *     with an {@link HtmlPolicy#iframeSources() iframe source}. Otherwise the element is removed;
 * <li>width, height, colspan, rowspan must be whole numbers.
 * </ul>
 *
 * <p><b>Output</b>: a body fragment, not pretty-printed, every text and attribute value in Unicode
 * NFC (Vietnamese typed on macOS often arrives decomposed). It is the serialisation of a re-parse of
 * the scrubbed tree, so it is what a browser will build, and sanitizing it again changes nothing.
 * (One consequence: a U+0338 combining mark right after a tag, which would fuse with the tag's
 * {@code >} under NFC, is dropped and reported.)
 *
 * <p><b>Defence in depth</b>: after the scrubber, Jsoup's {@link Cleaner} runs with the same
 * safelist as a Jsoup {@code Safelist}; if it still finds something to drop, that is reported as
 * {@code ("markup", "removed by the final safelist check")}.
 *
 * <p><b>Errors</b>: {@code null} html throws {@link NullPointerException}; any other string is
 * accepted (Jsoup repairs broken markup the way browsers do). Thread-safe: the instance holds no
 * per-call state.
 *
 * <p>Sources: Jsoup {@code Safelist}/{@code Cleaner} docs; the bypasses the tests replay come from the
 * OWASP XSS Filter Evasion Cheat Sheet and known mXSS reports.
 */
public final class HtmlSanitizer {

    private static final String OVERLAY = "\u0338";

    private final HtmlPolicy policy;
    private final UrlRules urls;
    private final Cleaner cleaner;

    public HtmlSanitizer(HtmlPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.urls = new UrlRules(policy);
        this.cleaner = new Cleaner(NewsroomSafelist.jsoup());
    }

    public HtmlPolicy policy() {
        return policy;
    }

    /**
     * Sanitizes one article body.
     *
     * @param html the editor's HTML, a body fragment (a whole document is accepted; only its body is
     *        kept)
     * @return the safe HTML and what was removed; for already-safe input the same markup and no
     *         removals
     */
    public SanitizedHtml sanitize(String html) {
        Objects.requireNonNull(html, "html");
        RemovalLog log = new RemovalLog();
        Document dirty = parse(html);
        // NFC before checking, so URL and tag checks see the text as it will be stored.
        normalise(dirty.body());
        Document scrubbed = Document.createShell(policy.baseUri());
        scrubbed.outputSettings().prettyPrint(false);
        new TreeScrubber(urls, log).copySafe(dirty.body(), scrubbed.body());

        // Check and emit what parsing our output gives, not our tree: that is what browsers (and the
        // next sanitize call) will see. Re-parsing also merges text nodes split by unwrapping, which
        // NFC must see whole.
        Document reparsed = parse(scrubbed.body().html());
        normalise(reparsed.body());
        dropOverlayAfterTags(reparsed.body(), log);
        if (!cleaner.isValid(reparsed)) {
            log.add("markup", "removed by the final safelist check");
        }
        Document clean = cleaner.clean(reparsed);
        clean.outputSettings().prettyPrint(false);
        return new SanitizedHtml(clean.body().html(), log.toList());
    }

    private Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html, policy.baseUri());
        // Pretty-printing would add and remove whitespace the editor typed, and re-indent on every
        // save, which would make revision diffs noisy.
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    private static void normalise(Element root) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !isNfc(text.getWholeText())) {
                text.text(nfc(text.getWholeText()));
            } else if (node instanceof Element element) {
                for (Attribute attribute : element.attributes().asList()) {
                    if (!isNfc(attribute.getValue())) {
                        element.attr(attribute.getKey(), nfc(attribute.getValue()));
                    }
                }
            }
        }, root);
    }

    /**
     * A text run that starts with U+0338 (combining long solidus overlay) right after a tag would
     * compose with the tag's {@code >} into U+226F if the output string were NFC-normalised as a
     * whole, so the output could not be both NFC and well-formed. Such a mark overlays nothing the
     * editor can see; it is dropped and reported.
     */
    private static void dropOverlayAfterTags(Element body, RemovalLog log) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().startsWith(OVERLAY)
                    && (text.previousSibling() != null || text.parent() != body)) {
                text.text(text.getWholeText().replaceFirst("^" + OVERLAY + "+", ""));
                log.add("combining character U+0338", "a combining mark right after markup has nothing to combine with");
            }
        }, body);
    }

    private static boolean isNfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
