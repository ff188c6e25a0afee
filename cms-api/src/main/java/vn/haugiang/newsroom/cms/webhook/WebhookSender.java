package vn.haugiang.newsroom.cms.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs one attempt of a delivery to its receiver (JDK {@link HttpClient}; HTTP/1.1, the most
 * widely accepted by webhook receivers; redirects not followed, so a signed body never goes to a
 * host nobody subscribed) and classifies the answer. The body and its signature are the same
 * bytes on every attempt of a delivery.
 */
@Component
class WebhookSender {

    private static final String USER_AGENT = "HauGiang-Newsroom-Webhooks/1";

    private final HttpClient http;
    private final Duration readTimeout;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookTargets targets;

    WebhookSender(WebhookProperties properties, JsonMapper json, Clock clock, WebhookTargets targets) {
        this.targets = targets;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = properties.readTimeout();
        this.json = json;
        this.clock = clock;
    }

    SendOutcome send(Deliveries.Claimed delivery) {
        var refused = targets.refusal(delivery.url());
        if (refused.isPresent()) {
            return new SendOutcome.Rejected(null, refused.get());
        }
        byte[] body;
        HttpRequest request;
        try {
            body = body(delivery);
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    // Until the response headers arrive; the body is not read (see below).
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Newsroom-Event", delivery.eventType())
                    .header("X-Newsroom-Delivery", delivery.id().toString())
                    .header("X-Newsroom-Timestamp", Long.toString(clock.instant().getEpochSecond()))
                    .header(Signature.HEADER, Signature.of(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (JacksonException | IllegalArgumentException e) {
            // A payload we cannot read or a URL the client refuses will not get better by retrying.
            return new SendOutcome.Rejected(null, "cannot build the request: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return new SendOutcome.Retryable(null, "no answer in time: " + e.getMessage(), null);
        } catch (IOException e) {
            return new SendOutcome.Retryable(null, describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retryable(null, "interrupted: the instance is stopping", null);
        }
        discard(response.body());
        return classify(response.statusCode(), response.headers(), clock.instant());
    }

    // Only the status counts: the body is closed unread, so a receiver trickling a long answer
    // cannot hold the dispatcher beyond the read timeout.
    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // The answer's status is already in; a connection that fails to close changes nothing.
        }
    }

    /** The exact bytes POSTed and signed for a delivery. */
    byte[] body(Deliveries.Claimed delivery) {
        ItemRef item = json.readValue(delivery.payloadJson(), ItemRef.class);
        return json.writeValueAsBytes(new Body(delivery.id(), delivery.eventType(), delivery.occurredAt().toString(), item));
    }

    static SendOutcome classify(int status, HttpHeaders headers, Instant now) {
        if (status >= 200 && status < 300) {
            return new SendOutcome.Delivered(status);
        }
        if (status == 429 || status >= 500) {
            Duration retryAfter = status == 429 || status == 503
                    ? retryAfter(headers.firstValue("Retry-After"), now) : null;
            return new SendOutcome.Retryable(status, "HTTP " + status, retryAfter);
        }
        if (status >= 300 && status < 400) {
            return new SendOutcome.Rejected(status, "HTTP " + status + " redirect to "
                    + headers.firstValue("Location").orElse("(no Location)")
                    + "; redirects are not followed, subscribe the final URL");
        }
        return new SendOutcome.Rejected(status, "HTTP " + status);
    }

    // The JDK's ConnectException has no message of its own; the cause says "Connection refused".
    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return e.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    /** {@code Retry-After} as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when absent or invalid. */
    static @Nullable Duration retryAfter(Optional<String> header, Instant now) {
        if (header.isEmpty() || header.get().isBlank()) {
            return null;
        }
        String value = header.get().strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            return Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /** The request body: the delivery id, the event, when it was written (UTC) and the item. */
    @JsonPropertyOrder({"id", "event", "occurredAt", "item"})
    record Body(UUID id, String event, String occurredAt, ItemRef item) {
    }

    /** The item as the outbox payload has it; further payload fields are not part of the webhook contract. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"id", "unit", "type", "state", "version", "revision"})
    record ItemRef(String id, String unit, String type, String state, long version, int revision) {
    }
}
