package vn.haugiang.newsroom.cms.media;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.cms.ApiClient.Response;

/**
 * Talks to the running cms-api over real HTTP as one seeded local user, with what the media API
 * needs beyond {@code ApiClient}: multipart with a chosen name and type, raw PUTs, DELETE.
 */
final class MediaApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String base;
    private final String token;

    private MediaApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Logs in a seeded user of the local profile (password "matkhau"). */
    static MediaApi as(int port, String username) {
        String base = "http://127.0.0.1:" + port;
        Response login = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", "matkhau")))));
        if (login.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + login.status() + " " + login.body());
        }
        return new MediaApi(base, login.json().path("access_token").asString());
    }

    /** {@code POST /api/media} with {@code bytes} as the part {@code file}, sent as {@code partType}. */
    Response upload(String fileName, byte[] bytes, String partType, @Nullable String kind) {
        String boundary = "----media" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String query = kind == null ? "" : "?kind=" + kind;
        return send(request("/api/media" + query).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Response upload(String fileName, byte[] bytes) {
        return upload(fileName, bytes, "application/octet-stream", null);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, @Nullable Object json) {
        return send(request(path).header("Content-Type", "application/json").POST(json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    }

    Response putBytes(String path, byte[] bytes) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    /** GETs an absolute URL (a presigned S3 URL) without our token; the body as bytes. */
    static HttpResponse<byte[]> fetch(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("GET " + url + " failed", e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError("request failed", e);
        }
    }
}
