package vn.haugiang.newsroom.indexer.indexing;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The parts the content and publication jobs use. Creating these beans touches no index: indexes are created by
 * the jobs' first steps.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ContentIndexProperties.class, PublicationIndexProperties.class})
class IndexingConfiguration {

    @Bean
    IndexAdmin contentIndexAdmin(ElasticsearchClient elasticsearch, ContentIndexProperties properties) {
        return new IndexAdmin(elasticsearch, new IndexAdmin.Layout(properties.alias(), properties.initialIndex(),
                properties.stateIndex(), properties.replicas(), ContentIndexDefinition.mapping()), Clock.systemUTC());
    }

    @Bean
    OutboxPosition contentOutboxPosition(ElasticsearchClient elasticsearch, ContentIndexProperties properties) {
        return new OutboxPosition(elasticsearch, properties.stateIndex(), properties.alias(), Clock.systemUTC());
    }

    @Bean
    BulkRequests bulkRequests(ElasticsearchClient elasticsearch) {
        return new BulkRequests(elasticsearch);
    }

    @Bean
    ContentBulkWriter contentBulkWriter(BulkRequests bulk) {
        return new ContentBulkWriter(bulk);
    }

    @Bean
    ItemRows itemRows(JdbcClient jdbc) {
        return new ItemRows(jdbc);
    }
}
