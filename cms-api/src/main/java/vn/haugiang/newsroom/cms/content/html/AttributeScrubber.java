package vn.haugiang.newsroom.cms.content.html;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The attribute half of the safelist: removes what is not allowed on a tag, checks URLs and
 * numbers, and sets {@code rel}/{@code target} on external links.
 */
final class AttributeScrubber {

    /** External links open in a new tab without giving the target page a handle on ours. */
    static final String EXTERNAL_REL = "noopener noreferrer";
    static final String EXTERNAL_TARGET = "_blank";
    static final String PROTOCOL_RELATIVE = "protocol-relative URL made explicit as https:";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

    private final UrlRules urls;
    private final RemovalLog log;

    AttributeScrubber(UrlRules urls, RemovalLog log) {
        this.urls = urls;
        this.log = log;
    }

    /**
     * Scrubs the attributes of a safelisted element.
     *
     * @return {@code false} if the element itself must go: an img or iframe is nothing without an
     *         acceptable src, so it goes whole (and its other attributes are not reported)
     */
    boolean scrub(Element el, String tag) {
        if (tag.equals("img") && !requireUrl(el, tag, urls::image)) {
            return false;
        }
        if (tag.equals("iframe") && !requireUrl(el, tag, urls::frame)) {
            return false;
        }
        Set<String> allowed = NewsroomSafelist.ATTRIBUTES.getOrDefault(tag, Set.of());
        for (Attribute attribute : el.attributes().asList()) {
            String key = attribute.getKey();
            String what = key + " on <" + tag + ">";
            if (!allowed.contains(key)) {
                el.removeAttr(key);
                log.add(what, reasonFor(key));
            } else if (NewsroomSafelist.NUMERIC_ATTRIBUTES.contains(key)
                    && !WHOLE_NUMBER.matcher(attribute.getValue().strip()).matches()) {
                el.removeAttr(key);
                log.add(what, "must be a whole number from 1 to 9999");
            } else if (NewsroomSafelist.NUMERIC_ATTRIBUTES.contains(key)) {
                el.attr(key, attribute.getValue().strip());
            }
        }
        if (tag.equals("iframe") && el.hasAttr("allowfullscreen")) {
            // A boolean attribute: any value means "on"; keep the canonical empty one.
            el.attr("allowfullscreen", "");
        }
        if (tag.equals("a")) {
            scrubLink(el);
        }
        return true;
    }

    private static String reasonFor(String key) {
        if (key.startsWith("on")) {
            return "event handler attributes are not allowed";
        }
        if (key.equals("style")) {
            return "inline styles are not allowed";
        }
        return "attribute not allowed";
    }

    /** src of img/iframe: a refused or missing URL means no element, with the URL in the report. */
    private boolean requireUrl(Element el, String tag, Function<String, UrlRules.Verdict> rule) {
        if (!el.hasAttr("src")) {
            log.add("<" + tag + ">", tag + " without src");
            return false;
        }
        String raw = el.attr("src");
        UrlRules.Verdict verdict = rule.apply(raw);
        if (verdict.problem() != null) {
            log.add(RemovalLog.element(tag, "src", raw), verdict.problem());
            return false;
        }
        el.attr("src", Objects.requireNonNull(verdict.url()));
        if (verdict.rewritten()) {
            log.add("src on <" + tag + ">", PROTOCOL_RELATIVE);
        }
        return true;
    }

    private void scrubLink(Element a) {
        boolean external = false;
        if (a.hasAttr("href")) {
            UrlRules.Verdict verdict = urls.link(a.attr("href"));
            if (verdict.problem() != null) {
                a.removeAttr("href");
                log.add("href on <a>", verdict.problem());
            } else {
                a.attr("href", Objects.requireNonNull(verdict.url()));
                if (verdict.rewritten()) {
                    log.add("href on <a>", PROTOCOL_RELATIVE);
                }
                external = urls.isExternal(verdict);
            }
        }
        setByPolicy(a, "rel", external ? EXTERNAL_REL : null);
        setByPolicy(a, "target", external ? EXTERNAL_TARGET : null);
    }

    /** rel and target belong to the link policy; an editor's different value is replaced, and said so. */
    private void setByPolicy(Element a, String key, @Nullable String wanted) {
        if (a.hasAttr(key) && !a.attr(key).equals(wanted)) {
            log.add(key + " on <a>", "set by the newsroom link policy (external links only)");
        }
        if (wanted == null) {
            a.removeAttr(key);
        } else {
            a.attr(key, wanted);
        }
    }
}
