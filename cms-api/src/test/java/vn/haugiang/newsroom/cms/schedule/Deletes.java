package vn.haugiang.newsroom.cms.schedule;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.json.JsonMapper;

/** HTTP DELETE as a seeded user, which the shared {@code ApiClient} does not offer (yet). */
final class Deletes {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Deletes() {
    }

    /** @return the status of {@code DELETE path} with {@code If-Match: ifMatch} */
    static int delete(int port, String username, String path, String ifMatch) throws Exception {
        String base = "http://127.0.0.1:" + port;
        var login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"matkhau\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = JsonMapper.shared().readTree(login.body()).path("access_token").asString();
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).DELETE()
                .header("Authorization", "Bearer " + token).header("If-Match", ifMatch).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
