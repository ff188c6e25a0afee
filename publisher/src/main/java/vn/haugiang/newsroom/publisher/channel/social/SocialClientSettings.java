package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Where a social API is and how long to wait for it.
 *
 * @param baseUrl        the API root without a trailing slash: {@code https://graph.facebook.com/v26.0},
 *                       {@code https://www.googleapis.com}, {@code https://openapi.zalo.me}; a WireMock URL in tests
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout    how long to wait for an answer once the request is sent; past it the outcome is
 *                       {@link PostResult.Unknown}
 * @param rateLimitBackoff how long to wait after a rate-limit answer that says nothing about when to come back;
 *                       {@code null} for the client's documented default (Graph 15 min, YouTube rate limits 15 min,
 *                       Zalo 5 min). A wait the API gives ({@code Retry-After}, Graph's usage headers, YouTube's
 *                       daily quota reset) always wins
 */
public record SocialClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout,
        @Nullable Duration rateLimitBackoff) {

    public SocialClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (rateLimitBackoff != null && (rateLimitBackoff.isNegative() || rateLimitBackoff.isZero())) {
            throw new IllegalArgumentException("rateLimitBackoff must be positive: " + rateLimitBackoff);
        }
    }

    /** Settings with the clients' default rate-limit backoff. */
    public SocialClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        this(baseUrl, connectTimeout, readTimeout, null);
    }

    /** The configured backoff, else {@code clientDefault}. */
    Duration backoffOr(Duration clientDefault) {
        return rateLimitBackoff != null ? rateLimitBackoff : clientDefault;
    }

    /**
     * The same API with another read timeout (a video upload takes longer than a feed post).
     *
     * @param timeout the read timeout
     * @return a copy with that read timeout
     */
    public SocialClientSettings withReadTimeout(Duration timeout) {
        return new SocialClientSettings(baseUrl, connectTimeout, timeout, rateLimitBackoff);
    }

    /**
     * A {@link RestClient} on the JDK HttpClient with these timeouts. No retry interceptor and no redirects:
     * every request goes out once, which is what "at most once" needs. HTTP/1.1 because the JDK client's h2c
     * upgrade attempt on plain {@code http://} adds nothing here and confuses some proxies and stubs.
     */
    RestClient restClient() {
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(readTimeout);
        return RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requestFactory).build();
    }
}
