package vn.haugiang.newsroom.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/**
 * Asks the real server's {@code _analyze} API to run the analyzer of our {@code es-analysis-vi}
 * plugin, as installed by {@code ./cms services up}.
 */
@SpringBootTest
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.ELASTICSEARCH})
class VietnameseAnalyzerTests {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void broadcasterNameFoldsToAsciiTokens() throws Exception {
        assertThat(tokens("Đài Phát thanh và Truyền hình Hậu Giang"))
                .containsExactly("dai", "phat", "thanh", "va", "truyen", "hinh", "hau", "giang");
    }

    @Test
    void decomposedInputGivesTheSameTokensAsComposed() throws Exception {
        String nfd = Normalizer.normalize("An toàn thông tin Đường", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("An toàn thông tin Đường");

        assertThat(tokens(nfd)).containsExactly("an", "toan", "thong", "tin", "duong");
    }

    private java.util.List<String> tokens(String text) throws Exception {
        return elasticsearch.indices()
                .analyze(request -> request.analyzer("vietnamese_folded").text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
