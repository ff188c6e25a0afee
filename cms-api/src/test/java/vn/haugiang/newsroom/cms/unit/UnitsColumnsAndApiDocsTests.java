package vn.haugiang.newsroom.cms.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class UnitsColumnsAndApiDocsTests {

    @LocalServerPort
    int port;

    @Test
    void unitsAndPlanTasksAreSeededFromThePlan() {
        ApiClient reporter = ApiClient.as(port, "phongvien.bhg");

        var units = reporter.get("/api/units").json();
        assertThat(units.findValuesAsString("name")).contains("Báo Hậu Giang",
                "Đài Phát thanh và Truyền hình Hậu Giang", "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo",
                "UBND thành phố Vị Thanh", "Trường Cao đẳng Cộng đồng Hậu Giang");
        var tasks = reporter.get("/api/plan-tasks").json();
        assertThat(tasks.findValuesAsString("code")).containsExactly("NV1.a", "NV1.b", "NV1.c", "NV1.d", "NV1.đ",
                "NV1.e", "NV2.a", "NV2.b", "NV2.c", "NV3.a", "NV3.b", "NV3.c");
        var livestreamTask = tasks.get(2);
        assertThat(livestreamTask.path("leads").toString()).isEqualTo("[\"dai-pt-th-hau-giang\"]");
        assertThat(livestreamTask.path("cadence").asString()).isEqualTo("yearly");
        assertThat(livestreamTask.path("minimum").asString()).contains("tường thuật trực tiếp");
    }

    @Test
    void onlyASystemAdminAddsUnits() {
        String id = "xa-thu-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var unit = Map.of("id", id, "name", "UBND xã thử nghiệm " + id, "kind", "district");

        var refused = ApiClient.as(port, "bientap.bhg").post("/api/units", unit);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.as(port, "admin").post("/api/units", unit).status()).isEqualTo(201);
    }

    @Test
    void unitAdminManagesColumnsAndItemsMayOnlyUseTheirUnitsColumns() {
        ApiClient admin = ApiClient.as(port, "quantri.bhg");
        String slug = "an-toan-thong-tin-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var column = admin.post("/api/columns", Map.of("slug", slug, "name", "An toàn thông tin", "kind", "column",
                "defaultChannels", List.of("web-bao-hau-giang")));
        assertThat(column.status()).as(column.body()).isEqualTo(201);
        String columnId = column.json().path("id").asString();
        assertThat(ApiClient.as(port, "phongvien.bhg").post("/api/columns",
                Map.of("name", "Chuyên mục của phóng viên", "kind", "column")).status()).isEqualTo(403);
        assertThat(admin.get("/api/columns").json().findValuesAsString("slug")).contains(slug);

        var draft = new HashMap<String, Object>(Map.of("type", "article", "headline", "Bài trong chuyên mục", "columnId", columnId));
        assertThat(ApiClient.as(port, "bientap.bhg").post("/api/items", draft).status()).isEqualTo(201);
        var foreign = ApiClient.as(port, "bientap.dai").post("/api/items", draft);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().path("field").asString()).isEqualTo("columnId");
    }

    @Test
    void openApi31DocumentIsPublished() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var document = JsonMapper.shared().readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("paths").propertyNames()).contains("/api/items", "/api/items/{id}/workflow", "/api/imports");
    }
}
