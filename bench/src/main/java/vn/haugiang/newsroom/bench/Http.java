package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** The few HTTP calls of the harness (apps and Elasticsearch), with the JDK client. */
final class Http {

    record Reply(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Reply get(URI uri, @Nullable String token) {
        return send(request(uri, token).GET());
    }

    Reply post(URI uri, @Nullable String token, String contentType, byte[] body) {
        return send(request(uri, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply postJson(URI uri, @Nullable String token, String json) {
        return post(uri, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Reply put(URI uri, String json) {
        return send(request(uri, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(URI uri) {
        return send(request(uri, null).DELETE());
    }

    private static HttpRequest.Builder request(URI uri, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
