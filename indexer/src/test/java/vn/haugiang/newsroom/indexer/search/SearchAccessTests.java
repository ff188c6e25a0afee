package vn.haugiang.newsroom.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import vn.haugiang.newsroom.indexer.TestIndexes;
import vn.haugiang.newsroom.indexer.TestItems;
import vn.haugiang.newsroom.indexer.TestTokens;
import vn.haugiang.newsroom.indexer.indexing.ContentIndexing;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Who finds what: unit roles their unit's items in every state, the analyst every unit's published output. */
@SpringBootTest
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAccessTests {

    static final String ALIAS = TestIndexes.uniqueAlias("access");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchClient elasticsearch;

    TestItems items;
    UUID published;
    UUID draft;

    @BeforeAll
    void indexAPublishedItemAndADraft(@Autowired JdbcClient jdbc, @Autowired ContentIndexing indexing) throws Exception {
        items = new TestItems(jdbc);
        published = items.create("Tuyên truyền phòng chống lừa đảo", "<p>Đã đăng</p>");
        draft = items.createDraft("Tuyên truyền phòng chống lừa đảo (nháp)", "<p>Chưa duyệt</p>");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void searchWithoutAValidTokenIsRefused() throws Exception {
        mvc.perform(get("/api/search")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/search").header("Authorization",
                        "Bearer " + TestTokens.sign("ANALYST", "so-tt-tt", "another-secret-of-at-least-32-bytes!!")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unitEditorFindsItsUnitsDraftsButNotAnotherUnitsItems() throws Exception {
        String column = items.column().toString();
        mvc.perform(get("/api/search").param("column", column)
                        .header("Authorization", TestTokens.bearer("REPORTER", TestItems.UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/search").param("column", column)
                        .header("Authorization", TestTokens.bearer("EDITOR", "dai-pt-th-hau-giang")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/search").param("unit", TestItems.UNIT)
                        .header("Authorization", TestTokens.bearer("EDITOR", "dai-pt-th-hau-giang")))
                .andExpect(status().isForbidden());
    }

    @Test
    void analystFindsPublishedOutputOnly() throws Exception {
        mvc.perform(get("/api/search").param("column", items.column().toString())
                        .header("Authorization", TestTokens.bearer("ANALYST", "so-tt-tt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[*].id").value(hasItem(published.toString())))
                .andExpect(jsonPath("$.hits[*].id").value(not(hasItem(draft.toString()))));
    }
}
