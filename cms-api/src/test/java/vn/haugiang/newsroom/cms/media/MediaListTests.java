package vn.haugiang.newsroom.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class MediaListTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesOfOneListMediaCreatedInTheSameInstantEachOnce() {
        MediaApi producer = MediaApi.as(port, "sanxuat.dai");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var uploaded = producer.upload("anh-" + i + ".png", MediaSamples.randomImage("png", 20 + i, 10));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            ids.add(uploaded.json().path("id").asString());
        }
        // One instant later than any medium so far: these three are the first page, tied on created_at.
        jdbc.sql("""
                UPDATE media SET created_at = (SELECT max(created_at) + interval '1 day' FROM media)
                WHERE id::text IN (?, ?, ?)
                """).params(ids.get(0), ids.get(1), ids.get(2)).update();

        List<String> seen = new ArrayList<>();
        String query = "/api/media?limit=1";
        for (int page = 0; page < 3; page++) {
            var last = producer.get(query).json().get(0);
            seen.add(last.path("id").asString());
            query = "/api/media?limit=1&before=" + last.path("createdAt").asString() + "&beforeId=" + last.path("id").asString();
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }
}
