package vn.haugiang.newsroom.publisher.channel.social;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classifies a Graph API error answer.
 *
 * <p>Error object and codes: <a href="https://developers.facebook.com/docs/graph-api/guides/error-handling">Graph
 * API, Handling Errors</a>. Rate-limit codes and the usage headers:
 * <a href="https://developers.facebook.com/docs/graph-api/overview/rate-limiting/">Graph API, Rate Limits</a>.
 */
final class GraphErrors {

    /** 4 app, 17 user, 32 Pages (BUC), 613 custom-level rate limit. */
    static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613);

    /** 190: access token invalid, expired or revoked. */
    static final int INVALID_TOKEN = 190;

    /**
     * Used when a rate-limited answer carries no usable header. Platform limits are counted over a rolling hour
     * and the docs give no figure, so a quarter of that: long enough not to hammer, short enough not to stall.
     */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(15);

    static final String BUSINESS_USE_CASE_USAGE = "X-Business-Use-Case-Usage";

    private GraphErrors() {
    }

    /**
     * Any non-2xx answer of a Graph call that may have created something.
     *
     * @param backoff the wait after a rate-limit answer without a usable header
     */
    static PostResult classify(HttpReply reply, Duration backoff) {
        if (reply.isServerError()) {
            // Graph has answered 500 after creating the post: only a reconcile can tell.
            return new PostResult.Unknown("Graph answered HTTP " + reply.status() + describe(reply));
        }
        JsonNode error = reply.json().path("error");
        int code = error.path("code").asInt(-1);
        if (RATE_LIMIT_CODES.contains(code) || reply.status() == 429) {
            Duration wait = regainAccess(reply).or(reply::retryAfter).orElse(backoff);
            return new PostResult.RateLimited(wait, "Graph rate limit" + describe(reply));
        }
        if (code == INVALID_TOKEN) {
            return new PostResult.NeedsReauthorisation("Graph access token rejected" + describe(reply));
        }
        if (reply.status() >= 400) {
            return new PostResult.Failed(reply.status(), "Graph refused the post" + describe(reply));
        }
        // 1xx/3xx: not an answer a create call should give; whether it created anything is not known.
        return new PostResult.Unknown("Graph answered HTTP " + reply.status() + describe(reply));
    }

    /** The API's own words: message, code, subcode and fbtrace_id (what Meta support asks for). */
    static String describe(HttpReply reply) {
        JsonNode error = reply.json().path("error");
        if (!error.isObject()) {
            return reply.body().isBlank() ? "" : ": " + reply.bodySnippet();
        }
        StringBuilder text = new StringBuilder(": ").append(error.path("message").asString(""))
                .append(" (code ").append(error.path("code").asString("?"));
        if (error.has("error_subcode")) {
            text.append(", subcode ").append(error.path("error_subcode").asString());
        }
        if (error.has("fbtrace_id")) {
            text.append(", fbtrace_id ").append(error.path("fbtrace_id").asString());
        }
        return text.append(')').toString();
    }

    /**
     * The longest {@code estimated_time_to_regain_access} (minutes) in {@code X-Business-Use-Case-Usage}:
     * {@code {"<business id>": [{"type": "pages", "call_count": 100, ..., "estimated_time_to_regain_access": 19}]}}.
     * {@code X-App-Usage} only carries percentages, so it gives no wait.
     */
    static Optional<Duration> regainAccess(HttpReply reply) {
        String header = reply.headers().getFirst(BUSINESS_USE_CASE_USAGE);
        if (header == null) {
            return Optional.empty();
        }
        JsonNode usage;
        try {
            usage = JsonMapper.shared().readTree(header);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        long minutes = 0;
        for (JsonNode perBusiness : usage) {
            for (JsonNode useCase : perBusiness) {
                minutes = Math.max(minutes, useCase.path("estimated_time_to_regain_access").asLong(0));
            }
        }
        return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
    }
}
