package vn.haugiang.newsroom.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestItems;
import vn.haugiang.newsroom.indexer.TestTokens;
import vn.haugiang.newsroom.indexer.indexing.ContentIndexing;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSearchTests {

    static final String ALIAS = TestIndexes.uniqueAlias("search");
    static final String EDITOR = TestTokens.bearer("EDITOR", TestItems.UNIT);
    static final String NFD_HEADLINE = Normalizer.normalize("Cảnh giác lừa đảo qua mạng", Normalizer.Form.NFD);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    ContentSearch search;

    @Autowired
    ElasticsearchClient elasticsearch;

    TestItems items;
    UUID safety;
    UUID road;
    UUID land;
    UUID desk;
    UUID scam;

    @BeforeAll
    void indexItems(@Autowired JdbcClient jdbc, @Autowired ContentIndexing indexing) throws Exception {
        items = new TestItems(jdbc);
        safety = items.create("An toàn thông tin trên không gian mạng", "<p>Bảo vệ <i>dữ liệu</i> cá nhân</p>");
        road = items.create("Đường dây nóng hỗ trợ người dân", "<p>Gọi ngay</p>");
        land = items.create("Bán đất nền giá rẻ", "<p>Cảnh báo quảng cáo</p>");
        desk = items.create("Bàn đạt chuẩn", "<p>Nội thất trường học</p>");
        scam = items.create(NFD_HEADLINE, "<p>" + Normalizer.normalize("Kẻ gian giả danh", Normalizer.Form.NFD) + "</p>");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void queryWithoutDiacriticsFindsAccentedHeadline() {
        SearchResult result = search.search(inColumn("an toan thong tin"));

        assertThat(ids(result)).containsExactly(safety.toString());
        assertThat(result.hits().get(0).highlights().get("headline"))
                .containsExactly("<em>An</em> <em>toàn</em> <em>thông</em> <em>tin</em> trên không gian mạng");
    }

    @Test
    void duongFindsĐường() {
        assertThat(ids(search.search(inColumn("duong")))).containsExactly(road.toString());
    }

    @Test
    void accentedQueryRanksTheAccentedMatchFirst() {
        assertThat(ids(search.search(inColumn("Bán đất")))).containsExactly(land.toString(), desk.toString());
        assertThat(ids(search.search(inColumn("Bàn đạt")))).containsExactly(desk.toString(), land.toString());
    }

    @Test
    void decomposedTextIsFoundAndHighlightedExactly() {
        for (String query : List.of("lừa đảo", Normalizer.normalize("lừa đảo", Normalizer.Form.NFD), "lua dao")) {
            SearchResult result = search.search(inColumn(query));

            assertThat(ids(result)).containsExactly(scam.toString());
            assertThat(result.hits().get(0).highlights().get("headline"))
                    .containsExactly("Cảnh giác <em>lừa</em> <em>đảo</em> qua mạng");
        }
        assertThat(search.search(inColumn("ke gian")).hits().get(0).highlights().get("body"))
                .containsExactly("<em>Kẻ</em> <em>gian</em> giả danh");
    }

    @Test
    void searchAfterPagesThroughEveryMatchOnceWithFacets() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchResult page = search.search(query(null, ContentQuery.Sort.DATE, cursor, 2));
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.facets().get("unit")).containsExactly(new SearchResult.Facet(TestItems.UNIT, 5));
            assertThat(page.facets().get("planTasks")).containsExactly(new SearchResult.Facet("NV1.đ", 5));
            seen.addAll(ids(page));
            cursor = page.searchAfter();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(safety.toString(), road.toString(), land.toString(), desk.toString(),
                        scam.toString());
    }

    @Test
    void searchEndpointAnswersWithHitsHighlightsAndFacets(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(get("/api/search").header("Authorization", EDITOR).param("q", "duong").param("column", items.column().toString())
                        .param("state", "published").param("from", "2020-01-01").param("sort", "date"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(road.toString()))
                .andExpect(jsonPath("$.hits[0].highlights.headline[0]").value("<em>Đường</em> dây nóng hỗ trợ người dân"))
                .andExpect(jsonPath("$.facets.type[0].value").value("article"));
    }

    @Test
    void searchEndpointRefusesAnOversizedPage(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(get("/api/search").header("Authorization", EDITOR).param("size", "1000")).andExpect(status().isBadRequest());
    }

    private ContentQuery inColumn(String text) {
        return query(text, ContentQuery.Sort.RELEVANCE, null, 20);
    }

    private ContentQuery query(@Nullable String text, ContentQuery.Sort sort, @Nullable String cursor, int size) {
        return new ContentQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(items.column().toString()),
                null, null, sort, cursor, size);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
