package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Classifies a YouTube Data API error answer {@code {"error": {"code": 403, "message": "...", "errors":
 * [{"domain": "youtube.quota", "reason": "quotaExceeded", "message": "..."}]}}}.
 *
 * <p>Reasons: <a href="https://developers.google.com/youtube/v3/docs/errors">YouTube Data API, Errors</a>;
 * quota reset time: <a href="https://developers.google.com/youtube/v3/getting-started#quota">Getting started,
 * Quota usage</a> ("daily quotas reset at midnight Pacific Time").
 */
final class YouTubeErrors {

    /** Reasons that mean "not now" rather than "never". */
    static final Set<String> RATE_LIMIT_REASONS = Set.of("quotaExceeded", "rateLimitExceeded",
            "userRateLimitExceeded", "uploadLimitExceeded", "dailyLimitExceeded");

    private static final ZoneId QUOTA_ZONE = ZoneId.of("America/Los_Angeles");

    private YouTubeErrors() {
    }

    /** Default wait after {@code rateLimitExceeded} and the like without {@code Retry-After}. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(15);

    /**
     * @param backoff the wait after a per-minute rate limit without {@code Retry-After}; the daily quota waits for
     *                its reset instead
     */
    static PostResult classify(HttpReply reply, Clock clock, Duration backoff) {
        if (reply.isServerError()) {
            return new PostResult.Unknown("YouTube answered HTTP " + reply.status() + describe(reply));
        }
        JsonNode error = reply.json().path("error");
        String reason = firstReason(error);
        if (reply.status() == 429 || RATE_LIMIT_REASONS.contains(reason)) {
            Duration wait = reply.retryAfter().orElseGet(() -> "quotaExceeded".equals(reason)
                    || "dailyLimitExceeded".equals(reason) ? untilQuotaReset(clock) : backoff);
            if ("uploadLimitExceeded".equals(reason)) {
                // The errors page: the per-channel upload cap is counted over 24 hours.
                wait = Duration.ofHours(24);
            }
            return new PostResult.RateLimited(wait, "YouTube limit" + describe(reply));
        }
        if (reply.status() == 401) {
            return new PostResult.NeedsReauthorisation("YouTube rejected the OAuth token" + describe(reply));
        }
        if (reply.status() >= 400) {
            return new PostResult.Failed(reply.status(), "YouTube refused the upload" + describe(reply));
        }
        return new PostResult.Unknown("YouTube answered HTTP " + reply.status() + describe(reply));
    }

    static String describe(HttpReply reply) {
        JsonNode error = reply.json().path("error");
        if (!error.isObject()) {
            return reply.body().isBlank() ? "" : ": " + reply.bodySnippet();
        }
        String reason = firstReason(error);
        return ": " + error.path("message").asString("") + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    private static String firstReason(JsonNode error) {
        return error.path("errors").path(0).path("reason").asString("");
    }

    /** Time until the next midnight in Pacific Time, when the daily quota is reset. */
    static Duration untilQuotaReset(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(QUOTA_ZONE));
        ZonedDateTime midnight = LocalDate.from(now).plusDays(1).atStartOfDay(QUOTA_ZONE);
        return Duration.between(now, midnight);
    }
}
