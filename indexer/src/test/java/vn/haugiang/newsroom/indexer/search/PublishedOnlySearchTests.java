package vn.haugiang.newsroom.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** Outside the local profile, search answers published output only, even to the unit's editors. */
@SpringBootTest(properties = "newsroom.search.published-only=true")
@AutoConfigureMockMvc
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH, LocalServer.S3})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedOnlySearchTests {

    static final String ALIAS = TestIndexes.uniqueAlias("published");
    static final String EDITOR = TestTokens.bearer("EDITOR", TestItems.UNIT);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestIndexes.register(registry, ALIAS);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchClient elasticsearch;

    UUID published;
    UUID draft;

    @BeforeAll
    void indexAPublishedItemAndADraft(@Autowired JdbcClient jdbc, @Autowired ContentIndexing indexing) throws Exception {
        var items = new TestItems(jdbc);
        published = items.create("Hội thi an toàn thông tin khối trường học", "<p>Đã đăng</p>");
        draft = items.createDraft("Hội thi an toàn thông tin bản nháp", "<p>Chưa duyệt</p>");
        assertThat(indexing.indexChanges().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
    }

    @AfterAll
    void deleteIndexes() throws Exception {
        TestIndexes.delete(elasticsearch, ALIAS);
    }

    @Test
    void draftsAreNotFoundAndCannotBeAskedFor() throws Exception {
        mvc.perform(get("/api/search").header("Authorization", EDITOR).param("q", "hoi thi an toan thong tin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].id").value(org.hamcrest.Matchers.hasItem(published.toString())))
                .andExpect(jsonPath("$.hits[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(draft.toString()))));
        mvc.perform(get("/api/search").header("Authorization", EDITOR).param("state", "draft"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only published output")));
    }
}
