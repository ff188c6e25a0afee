package vn.haugiang.newsroom.cms.content.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a URL in {@code a href}, {@code img src} or {@code iframe src} may stay.
 *
 * <p>The URL is read the way a browser reads it (WHATWG URL standard), not the way it looks:
 * leading and trailing control characters and spaces are ignored and tabs and newlines anywhere
 * are removed, so {@code "ja\tvascript:"} and {@code " javascript:"} are {@code javascript:}.
 * Entities ({@code &#106;avascript:}) were already decoded by the HTML parser. A scheme is refused
 * unless it is on the allow list; anything that merely looks like {@code javascript}, {@code
 * vbscript} or {@code data} once non-letters are dropped (e.g. a NUL turned into U+FFFD) is named as
 * such so the editor understands why.
 */
final class UrlRules {

    /** Why a URL was refused, or what it is to be replaced by. */
    record Verdict(@Nullable String url, @Nullable String host, @Nullable String problem, boolean rewritten) {

        static Verdict refuse(String problem) {
            return new Verdict(null, null, problem, false);
        }
    }

    static final String IMAGE_PROBLEM = "images must come from the media library or an allowed host";
    static final String IFRAME_PROBLEM = "iframe host not allowed";

    private static final Set<String> NAMED_SCHEMES = Set.of("javascript", "vbscript", "data", "livescript");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private final HtmlPolicy policy;

    UrlRules(HtmlPolicy policy) {
        this.policy = policy;
    }

    /** {@code a href}: http, https, mailto, or relative (a page of this site). */
    Verdict link(String raw) {
        return parse(raw, Set.of("http", "https", "mailto"), "only http, https and mailto links are allowed");
    }

    /** {@code img src}: under a media base, or https from an allowed image host. */
    Verdict image(String raw) {
        Verdict v = parse(raw, Set.of("http", "https"), IMAGE_PROBLEM);
        if (v.url() == null) {
            return v;
        }
        if (hasDotSegment(v.url())) {
            return Verdict.refuse(IMAGE_PROBLEM);
        }
        for (String base : policy.mediaBases()) {
            if (v.url().regionMatches(true, 0, base, 0, base.length())) {
                return v;
            }
        }
        if (v.host() != null && policy.isImageHost(v.host())) {
            return v.url().regionMatches(true, 0, "https:", 0, 6) ? v
                    : Verdict.refuse("images from other hosts must use https");
        }
        return Verdict.refuse(IMAGE_PROBLEM);
    }

    /** {@code iframe src}: https, starting with one of the policy's iframe sources. */
    Verdict frame(String raw) {
        Verdict v = parse(raw, Set.of("https"), "iframes must use https");
        if (v.url() == null) {
            return v;
        }
        if (v.host() == null || hasDotSegment(v.url())) {
            return Verdict.refuse(IFRAME_PROBLEM);
        }
        String afterScheme = v.url().substring("https://".length());
        int slash = afterScheme.indexOf('/');
        String authority = (slash < 0 ? afterScheme : afterScheme.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : afterScheme.substring(slash);
        for (String source : policy.iframeSources()) {
            int sourceSlash = source.indexOf('/');
            if (authority.equals(source.substring(0, sourceSlash)) && path.startsWith(source.substring(sourceSlash))) {
                return v;
            }
        }
        return Verdict.refuse(IFRAME_PROBLEM);
    }

    /** Links to a host other than the site's own; relative and mailto links are not external. */
    boolean isExternal(Verdict link) {
        return link.host() != null && !policy.isSiteHost(link.host());
    }

    private static Verdict parse(String raw, Set<String> schemes, String schemeProblem) {
        String url = TAB_OR_NEWLINE.matcher(stripControlsAndSpaces(raw)).replaceAll("");
        if (url.isEmpty()) {
            return Verdict.refuse("empty URL");
        }
        String scheme = null;
        int colon = url.indexOf(':');
        int pathStart = firstOf(url, 0);
        if (colon >= 0 && (pathStart < 0 || colon < pathStart)) {
            String candidate = url.substring(0, colon);
            String letters = candidate.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
            if (NAMED_SCHEMES.contains(letters)) {
                return Verdict.refuse(letters + ": URLs are not allowed");
            }
            if (!SCHEME.matcher(candidate).matches()) {
                return Verdict.refuse("malformed URL");
            }
            scheme = candidate.toLowerCase(Locale.ROOT);
            if (!schemes.contains(scheme)) {
                return Verdict.refuse(schemeProblem);
            }
        }
        if (CONTROL.matcher(url).find()) {
            return Verdict.refuse("control characters are not allowed in URLs");
        }
        if (url.indexOf('\\') >= 0) {
            // Browsers read "\" as "/" in http(s) URLs ("/\evil.example" is another host); refuse
            // rather than guess.
            return Verdict.refuse("backslashes are not allowed in URLs");
        }
        boolean rewritten = false;
        if (scheme == null && url.startsWith("//")) {
            // Protocol-relative: made explicit so the link means the same in feeds, apps and
            // file previews as on the https site.
            url = "https:" + url;
            scheme = "https";
            rewritten = true;
        }
        if (!isWebScheme(scheme)) {
            return new Verdict(url, null, null, rewritten);
        }
        if (!url.regionMatches(true, scheme.length(), "://", 0, 3)) {
            return Verdict.refuse("malformed URL");
        }
        int hostStart = scheme.length() + 3;
        int hostEnd = firstOf(url, hostStart);
        String authority = url.substring(hostStart, hostEnd < 0 ? url.length() : hostEnd);
        if (authority.indexOf('@') >= 0) {
            return Verdict.refuse("user names and passwords in URLs are not allowed");
        }
        int port = authority.endsWith("]") ? -1 : authority.lastIndexOf(':');
        String host = (port < 0 ? authority : authority.substring(0, port)).toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Verdict.refuse("malformed URL");
        }
        return new Verdict(url, host, null, rewritten);
    }

    private static boolean isWebScheme(@Nullable String scheme) {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** Index of the first '/', '?' or '#' from {@code from}, or -1. */
    private static int firstOf(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    private static String stripControlsAndSpaces(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= ' ') {
            end--;
        }
        return raw.substring(start, end);
    }

    /** "." or ".." path segments (also percent-encoded) could climb out of an allowed prefix. */
    private static boolean hasDotSegment(String url) {
        int query = firstOfQueryOrFragment(url);
        String path = (query < 0 ? url : url.substring(0, query)).replaceAll("(?i)%2e", ".");
        return List.of(path.split("/", -1)).stream().anyMatch(s -> s.equals(".") || s.equals(".."));
    }

    private static int firstOfQueryOrFragment(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        return q < 0 ? h : h < 0 ? q : Math.min(q, h);
    }
}
