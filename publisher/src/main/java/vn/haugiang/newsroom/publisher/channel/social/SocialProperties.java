package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Social channels: where each API is, how long to wait for it, and the key that encrypts the channels'
 * credentials. Bound from {@code newsroom.social.*}.
 *
 * @param credentialsKey  AES-256 key for the stored channel credentials, base64 of exactly 32 bytes; from
 *                        {@code CMS_CREDENTIALS_KEY}. The {@code local} profile has a fixed development key;
 *                        other profiles have none, so the app does not start without it
 * @param facebook        Graph API; default {@code https://graph.facebook.com/v26.0} (v26.0 is the newest
 *                        version in the <a href="https://developers.facebook.com/docs/graph-api/changelog">Graph
 *                        API changelog</a> as of November 2026)
 * @param youtube         YouTube Data API v3; default {@code https://www.googleapis.com} (the client adds
 *                        {@code /youtube/v3/...} and {@code /upload/youtube/v3/...})
 * @param zalo            Zalo OA API; default {@code https://openapi.zalo.me} (the client adds {@code /v2.0/...})
 * @param uploadTimeout   how long a YouTube video upload may take until its answer; default 30 minutes. The
 *                        publish job renews the delivery's lease while the upload runs, so it may be longer
 *                        than the lease
 * @param mediaUrlExpiry  lifetime of the presigned S3 URLs Facebook and Zalo fetch a photo or video from;
 *                        default 1 hour
 * @param reconcileGrace  how long an {@code unknown} delivery whose post is not found among the channel's
 *                        recent posts stays {@code unknown} before it is sent once more; default 10 minutes
 *                        (a post can take a moment to show in a feed, and a hung sender may still be sending)
 * @param retryDelay      when a delivery could not even be prepared (the media could not be read from S3),
 *                        how long until it is tried again; default 5 minutes
 * @param zaloAuthor      the author line of Zalo articles when the channel has no better one, at most 50
 *                        characters; default blank (the channel's name is used)
 */
@ConfigurationProperties("newsroom.social")
public record SocialProperties(
        String credentialsKey,
        @DefaultValue Api facebook,
        @DefaultValue Api youtube,
        @DefaultValue Api zalo,
        @DefaultValue("PT30M") Duration uploadTimeout,
        @DefaultValue("PT1H") Duration mediaUrlExpiry,
        @DefaultValue("PT10M") Duration reconcileGrace,
        @DefaultValue("PT5M") Duration retryDelay,
        @DefaultValue("") String zaloAuthor) {

    /**
     * One API's location and timeouts.
     *
     * @param baseUrl        scheme, host and (Graph) version, no trailing slash; blank means the real API's
     * @param connectTimeout TCP/TLS connect timeout; default 5 seconds
     * @param readTimeout    wait for an answer once a request is sent; past it a create call is {@code unknown};
     *                       default 30 seconds
     * @param rateLimitBackoff wait after a rate-limit answer whose headers give no time; default (unset) the
     *                       client's documented one: Graph 15 minutes, YouTube 15 minutes (its daily quota waits
     *                       until midnight Pacific Time), Zalo 5 minutes
     */
    public record Api(@DefaultValue("") String baseUrl, @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT30S") Duration readTimeout, @Nullable Duration rateLimitBackoff) {

        SocialClientSettings settings(String realApi) {
            String url = baseUrl.isBlank() ? realApi : baseUrl;
            return new SocialClientSettings(URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
                    connectTimeout, readTimeout, rateLimitBackoff);
        }
    }
}
