package vn.haugiang.newsroom.cms.content.html;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where an article body may point: the media library, other image hosts, embeddable players, and
 * the site's own hosts. The tag and attribute safelist itself is fixed in code (see
 * {@link HtmlSanitizer}); only these addresses vary between environments.
 *
 * <p>Values are normalised on construction (hosts lower-cased, media bases given a trailing
 * {@code /} so {@code https://media.example} cannot match {@code https://media.example.evil.test}).
 * An invalid value throws {@link IllegalArgumentException} naming it.
 *
 * <p>Bound from {@code newsroom.html.*} ({@code media-bases}, {@code image-hosts}, {@code
 * iframe-sources}, {@code site-hosts}); unset properties take the defaults below, which are the
 * Báo Hậu Giang values and must be overridden per environment where they differ.
 *
 * @param mediaBases prefixes an {@code <img src>} may start with: absolute http(s) URLs such as
 *        {@code https://media.baohaugiang.vn/} and site-relative paths such as {@code /media/}
 * @param imageHosts further hosts images may come from, over https only, e.g. {@code i.ytimg.com};
 *        usually empty
 * @param iframeSources {@code host/path-prefix} an {@code <iframe src>} (https only) must start
 *        with; {@link #DEFAULT_IFRAME_SOURCES} allows YouTube embeds and Facebook videos
 * @param siteHosts the site's own hosts, at least one; links to any other host are external and get
 *        {@code rel="noopener noreferrer" target="_blank"}. The first one is the base for resolving
 *        relative links.
 */
@ConfigurationProperties("newsroom.html")
public record HtmlPolicy(
        @DefaultValue({"https://media.baohaugiang.vn/", "/media/"}) List<String> mediaBases,
        @DefaultValue List<String> imageHosts,
        @DefaultValue({"www.youtube.com/embed/", "www.youtube-nocookie.com/embed/", "www.facebook.com/plugins/video.php"})
        List<String> iframeSources,
        @DefaultValue({"baohaugiang.vn", "www.baohaugiang.vn"}) List<String> siteHosts) {

    /** YouTube (both domains) embeds and the Facebook video plugin. */
    public static final List<String> DEFAULT_IFRAME_SOURCES = List.of(
            "www.youtube.com/embed/", "www.youtube-nocookie.com/embed/", "www.facebook.com/plugins/video.php");

    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    public HtmlPolicy {
        mediaBases = normalise(mediaBases, HtmlPolicy::mediaBase);
        imageHosts = normalise(imageHosts, HtmlPolicy::host);
        iframeSources = normalise(iframeSources, HtmlPolicy::iframeSource);
        siteHosts = normalise(siteHosts, HtmlPolicy::host);
        if (siteHosts.isEmpty()) {
            throw new IllegalArgumentException("siteHosts must name at least one host of the site");
        }
    }

    /** The media library and site hosts given, no other image host, the default iframe sources. */
    public static HtmlPolicy of(List<String> mediaBases, List<String> siteHosts) {
        return new HtmlPolicy(mediaBases, List.of(), DEFAULT_IFRAME_SOURCES, siteHosts);
    }

    /** Base URI against which relative links are resolved: {@code https://} + first site host. */
    public String baseUri() {
        return "https://" + siteHosts.get(0) + "/";
    }

    /** Whether {@code host} (any case) is one of the site's own hosts. */
    public boolean isSiteHost(String host) {
        return siteHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code host} (any case) is one of {@link #imageHosts()}. */
    public boolean isImageHost(String host) {
        return imageHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    private static List<String> normalise(List<String> values, UnaryOperator<String> rule) {
        return values.stream().map(v -> rule.apply(v.strip())).distinct().toList();
    }

    private static String host(String value) {
        String host = value.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not a host name (no scheme, port or path): '" + value + "'");
        }
        return host;
    }

    private static String mediaBase(String value) {
        String base = value.endsWith("/") ? value : value + "/";
        String lower = base.toLowerCase(Locale.ROOT);
        if (base.startsWith("/") && !base.startsWith("//")) {
            return base;
        }
        for (String scheme : List.of("https://", "http://")) {
            if (lower.startsWith(scheme)) {
                int slash = base.indexOf('/', scheme.length());
                // Scheme and host are case-insensitive; the path is kept as configured.
                return scheme + host(base.substring(scheme.length(), slash)) + base.substring(slash);
            }
        }
        throw new IllegalArgumentException(
                "A media base is an http(s) URL or a path starting with '/': '" + value + "'");
    }

    private static String iframeSource(String value) {
        int slash = value.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("An iframe source is host/path, without scheme: '" + value + "'");
        }
        return host(value.substring(0, slash)) + value.substring(slash);
    }
}
