package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What one post call to a social channel came to. Each variant maps to one delivery state, so the delivery job
 * never has to look at HTTP statuses or API error codes itself.
 */
public sealed interface PostResult {

    /** A short human-readable explanation for the delivery log. */
    String reason();

    /**
     * The channel has the post.
     *
     * @param externalId the channel's id of the post (Graph {@code PAGEID_POSTID}, YouTube video id, Zalo article id)
     * @param url        where readers see it, when the API tells or the id implies it
     */
    record Delivered(String externalId, @Nullable URI url) implements PostResult {
        public Delivered {
            Objects.requireNonNull(externalId, "externalId");
        }

        @Override
        public String reason() {
            return "delivered as " + externalId;
        }
    }

    /**
     * The request may have reached the channel but no answer says whether it made a post: a timeout, a 5xx, a
     * connection dropped mid-exchange. Never send again before {@link SocialChannelClient#reconcile} has looked
     * (a Graph 500 after the post was created is the case this exists for).
     */
    record Unknown(String reason) implements PostResult {
    }

    /**
     * The channel refused because of a rate limit or quota (Graph codes 4, 17, 32, 613, HTTP 429, YouTube
     * {@code quotaExceeded}, Zalo rate-limit error). Nothing was posted; try again after {@code retryAfter}.
     *
     * @param retryAfter how long to wait, from the API's headers when it sent any, otherwise a documented default
     */
    record RateLimited(Duration retryAfter, String reason) implements PostResult {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
        }
    }

    /**
     * The channel's token is invalid, expired or revoked (Graph code 190, YouTube HTTP 401, Zalo token errors).
     * Nothing was posted; the channel must be re-authorised before any of its deliveries can go out.
     */
    record NeedsReauthorisation(String reason) implements PostResult {
    }

    /**
     * The channel refused the post for good (any other 4xx, or a request refused before sending). Sending the same
     * request again would fail the same way.
     *
     * @param httpStatus the HTTP status of the answer; {@code 0} when the client refused to send at all
     * @param reason     the API's own message (with its error code) or the client's
     */
    record Failed(int httpStatus, String reason) implements PostResult {
    }
}
