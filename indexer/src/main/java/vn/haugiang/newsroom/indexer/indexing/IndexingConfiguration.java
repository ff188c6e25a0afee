package vn.haugiang.newsroom.indexer.indexing;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The parts both content jobs use. Creating these beans touches no index: indexes are created by
 * the jobs' first steps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentIndexProperties.class)
class IndexingConfiguration {

    @Bean
    ContentIndexAdmin contentIndexAdmin(ElasticsearchClient elasticsearch, ContentIndexProperties properties) {
        return new ContentIndexAdmin(elasticsearch, properties, Clock.systemUTC());
    }

    @Bean
    OutboxPosition contentOutboxPosition(ElasticsearchClient elasticsearch, ContentIndexProperties properties) {
        return new OutboxPosition(elasticsearch, properties, Clock.systemUTC());
    }

    @Bean
    ContentBulkWriter contentBulkWriter(ElasticsearchClient elasticsearch) {
        return new ContentBulkWriter(elasticsearch);
    }

    @Bean
    ItemRows itemRows(JdbcClient jdbc) {
        return new ItemRows(jdbc);
    }
}
