package vn.haugiang.newsroom.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.publisher.ApiClient.Reply;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class ApiDocumentationTests {

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentIsOpenAndListsEveryCapabilitysPathsUnderTheBearerScheme() {
        Reply docs = new ApiClient(port, json).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.body();
        assertThat(api.get("openapi").asString()).startsWith("3.1");
        JsonNode paths = api.get("paths");
        assertThat(paths.propertyNames()).contains("/api/deliveries", "/api/deliveries/{id}",
                "/api/deliveries/{id}/retry", "/api/deliveries/{id}/cancel", "/api/publish/run", "/api/publish/runs",
                "/api/publish/runs/{id}", "/api/publish/runs/{id}/restart", "/api/channels",
                "/api/channels/{id}/credentials", "/api/channels/{id}/reauthorised",
                "/api/items/{id}/social-text/{channel}", "/api/broadcast/run");
        assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/actuator"));

        JsonNode bearer = api.at("/components/securitySchemes/bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("security").get(0).has("bearer")).isTrue();

        assertThat(tags(paths, "/api/deliveries", "get")).containsExactly("deliveries");
        assertThat(tags(paths, "/api/publish/run", "post")).containsExactly("publish runs");
        assertThat(tags(paths, "/api/channels", "get")).containsExactly("channels");
        assertThat(tags(paths, "/api/items/{id}/social-text/{channel}", "put")).containsExactly("social text");
        assertThat(tags(paths, "/api/broadcast/run", "post")).containsExactly("broadcast");
        assertThat(api.get("tags").valueStream().map(t -> t.get("name").asString()).toList())
                .contains("deliveries", "publish runs", "channels", "social text", "broadcast");
    }

    @Test
    void errorsAreDocumentedAsProblemJsonAndSuccessKeepsItsBody() {
        JsonNode api = new ApiClient(port, json).get("/v3/api-docs", null).body();
        JsonNode run = api.at("/paths/~1api~1publish~1runs~1{id}/get/responses");

        assertThat(run.propertyNames()).contains("200", "400", "401", "403", "404");
        assertThat(run.at("/404/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(run.at("/401/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(run.at("/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/PublishRun");
        assertThat(api.at("/paths/~1api~1deliveries~1{id}~1retry/post/responses").propertyNames())
                .contains("200", "404", "409");
        assertThat(api.at("/paths/~1api~1channels~1{id}~1credentials/put/responses").propertyNames())
                .contains("200", "404", "422");

        JsonNode problem = api.at("/components/schemas/Problem");
        assertThat(problem.at("/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "field");
        assertThat(problem.at("/properties/status/type").asString()).isEqualTo("integer");
    }

    @Test
    void swaggerUiIsOpen() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(new ApiClient(port, json).get("/v3/api-docs/swagger-config", null).status()).isEqualTo(200);
    }

    private static List<String> tags(JsonNode paths, String path, String method) {
        return paths.get(path).get(method).get("tags").valueStream().map(JsonNode::asString).toList();
    }
}
