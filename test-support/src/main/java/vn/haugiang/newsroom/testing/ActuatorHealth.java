package vn.haugiang.newsroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a running app's {@code /actuator/health} (Spring Boot's JSON health document, with
 * details) the way {@code ./cms up} and a load balancer do: over HTTP.
 */
public final class ActuatorHealth {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ActuatorHealth() {
    }

    /** Asserts the app on {@code port} answers 200 with status UP, and that each named component is UP. */
    public static void assertUp(int port, String... components) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode health = JsonMapper.shared().readTree(response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(health.path("status").asString()).as(response.body()).isEqualTo("UP");
        for (String component : components) {
            assertThat(health.path("components").path(component).path("status").asString())
                    .as("component %s in %s", component, response.body())
                    .isEqualTo("UP");
        }
    }
}
