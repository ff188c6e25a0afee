package vn.haugiang.newsroom.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backoff, give-up and classification rules, without a server. */
class RetryPolicyTests {

    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), 2, Duration.ofHours(1), 8);

    @Test
    void defaultsAreTenSecondsDoublingUpToAnHourForEightAttempts() {
        var defaults = new WebhookProperties(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10), 2, Duration.ofHours(1), 8, Duration.ofMinutes(5), 100);

        assertThat(RetryPolicy.of(defaults)).isEqualTo(policy);
    }

    @Test
    void waitsDoubleFromTheInitialBackoffAndStopAtTheMaximum() {
        assertThat(List.of(1, 2, 3, 7, 9, 10, 1000).stream().map(policy::backoff))
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
                        Duration.ofSeconds(640), Duration.ofSeconds(2560), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void aRetryableFailureIsRetriedUntilTheLastAttemptThenFails() {
        var timeout = new SendOutcome.Retryable(null, "no answer in time", null);

        var afterSeventh = policy.decide(7, timeout);
        var afterEighth = policy.decide(8, timeout);

        assertThat(afterSeventh.state()).isEqualTo("pending");
        assertThat(afterSeventh.retryIn()).isEqualTo(Duration.ofSeconds(640));
        assertThat(afterEighth.state()).isEqualTo("failed");
        assertThat(afterEighth.retryIn()).isNull();
        assertThat(afterEighth.error()).contains("no answer in time").contains("gave up after 8 attempts");
    }

    @Test
    void retryAfterIsHonouredButCappedAtTheLongestWait() {
        assertThat(policy.decide(1, new SendOutcome.Retryable(429, "HTTP 429", Duration.ofSeconds(90))).retryIn())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(policy.decide(1, new SendOutcome.Retryable(503, "HTTP 503", Duration.ofDays(2))).retryIn())
                .isEqualTo(Duration.ofHours(1));
        assertThat(policy.decide(1, new SendOutcome.Retryable(503, "HTTP 503", Duration.ofSeconds(-5))).retryIn())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void aRejectionFailsAtOnceAndASuccessDelivers() {
        assertThat(policy.decide(1, new SendOutcome.Rejected(410, "HTTP 410")))
                .isEqualTo(new RetryPolicy.Decision("failed", null, "HTTP 410"));
        assertThat(policy.decide(3, new SendOutcome.Delivered(204)))
                .isEqualTo(new RetryPolicy.Decision("delivered", null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void twoHundredsDeliver(int status) {
        assertThat(WebhookSender.classify(status, headers(Map.of()), NOW)).isInstanceOf(SendOutcome.Delivered.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void tooManyRequestsAndServerErrorsAreRetried(int status) {
        assertThat(WebhookSender.classify(status, headers(Map.of()), NOW)).isInstanceOf(SendOutcome.Retryable.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 413, 301, 302, 307})
    void otherClientErrorsAndRedirectsAreNotRetried(int status) {
        assertThat(WebhookSender.classify(status, headers(Map.of("Location", "https://elsewhere.example/")), NOW))
                .isInstanceOf(SendOutcome.Rejected.class);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateOnlyOn429And503() {
        var seconds = WebhookSender.classify(429, headers(Map.of("Retry-After", "120")), NOW);
        var date = WebhookSender.classify(503, headers(Map.of("Retry-After", "Sun, 01 Mar 2026 00:05:00 GMT")), NOW);
        var ignored = WebhookSender.classify(500, headers(Map.of("Retry-After", "120")), NOW);

        assertThat(((SendOutcome.Retryable) seconds).retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(((SendOutcome.Retryable) date).retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(((SendOutcome.Retryable) ignored).retryAfter()).isNull();
        assertThat(WebhookSender.retryAfter(Optional.of("soon"), NOW)).isNull();
    }

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))), (a, b) -> true);
    }
}
