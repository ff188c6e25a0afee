package vn.haugiang.newsroom.publisher.channel.social;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A whole HTTP answer, read without RestClient's status handlers so that every status reaches the
 * per-API classification (RestClient would otherwise throw on 4xx/5xx before we saw the API's error object).
 */
record HttpReply(int status, HttpHeaders headers, String body) {

    /**
     * Sends the request once and reads the answer whatever its status.
     *
     * @throws org.springframework.web.client.RestClientException on I/O failure or timeout
     */
    static HttpReply exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> new HttpReply(res.getStatusCode().value(), res.getHeaders(),
                readBody(res.getBody().readAllBytes())));
    }

    /**
     * {@link #exchange} for a reconcile read: no answer is a {@link ReconcileException}, because
     * guessing "not posted" from a failed read would lead to a second post.
     *
     * @param what what was being read, for the message (e.g. "the recent posts of Page 123")
     */
    static HttpReply readForReconcile(RestClient.RequestHeadersSpec<?> request, String what) {
        try {
            return exchange(request);
        } catch (org.springframework.web.client.RestClientException e) {
            throw new ReconcileException("could not read " + what, e);
        }
    }

    private static String readBody(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    boolean isServerError() {
        return status >= 500;
    }

    /** The body as JSON; a missing node when the body is empty or not JSON (an HTML error page from a proxy). */
    JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** The standard {@code Retry-After} header in its delta-seconds form, if the answer has one. */
    Optional<Duration> retryAfter() {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    }

    /** The start of the body, for a reason text when the body is not the API's JSON. */
    String bodySnippet() {
        String trimmed = body.strip();
        return trimmed.length() <= 200 ? trimmed : trimmed.substring(0, 200) + "…";
    }
}
