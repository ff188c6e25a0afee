package vn.haugiang.newsroom.cms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running cms-api over real HTTP, as one logged-in user (local bearer token). */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Logs in a seeded local user (password "matkhau", see application.yaml). */
    public static ApiClient as(int port, String username) {
        String base = "http://127.0.0.1:" + port;
        Response login = send(base, null, "POST", "/api/auth/token", Map.of("username", username, "password", "matkhau"), null);
        if (login.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + login.status() + " " + login.body());
        }
        return new ApiClient(base, login.json().path("access_token").asString());
    }

    public Response get(String path) {
        return send(base, token, "GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send(base, token, "POST", path, body, null);
    }

    public Response post(String path, Object body, @Nullable String ifMatch) {
        return send(base, token, "POST", path, body, ifMatch);
    }

    public Response put(String path, Object body, @Nullable String ifMatch) {
        return send(base, token, "PUT", path, body, ifMatch);
    }

    /** POSTs {@code bytes} as the multipart/form-data field {@code file} named {@code fileName}. */
    public Response upload(String path, String fileName, byte[] bytes) {
        String boundary = "----newsroom" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token);
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError("upload to " + path + " failed", e);
        }
    }

    private static Response send(String base, @Nullable String token, String method, String path, @Nullable Object body,
            @Nullable String ifMatch) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    /** Status, body, ETag and content type of an answer. */
    public record Response(int status, String body, @Nullable String etag, String contentType) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
