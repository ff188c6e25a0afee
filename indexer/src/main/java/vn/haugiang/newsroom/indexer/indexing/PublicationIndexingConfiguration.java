package vn.haugiang.newsroom.indexer.indexing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** The parts both publication jobs use; creating them touches no index. */
@Configuration(proxyBeanMethods = false)
class PublicationIndexingConfiguration {

    @Bean
    IndexAdmin publicationIndexAdmin(ElasticsearchClient elasticsearch, PublicationIndexProperties properties,
            ContentIndexProperties content) {
        return new IndexAdmin(elasticsearch, new IndexAdmin.Layout(properties.alias(), properties.initialIndex(),
                content.stateIndex(), content.replicas(), PublicationIndexDefinition.mapping()), Clock.systemUTC());
    }

    @Bean
    PublicationPositions publicationPositions(ElasticsearchClient elasticsearch, PublicationIndexProperties properties,
            ContentIndexProperties content) {
        String state = content.stateIndex();
        return new PublicationPositions(
                new OutboxPosition(elasticsearch, state, properties.outboxKey(), Clock.systemUTC()),
                new OutboxPosition(elasticsearch, state, properties.deliveryEventsKey(), Clock.systemUTC()),
                new OutboxPosition(elasticsearch, state, properties.publishedAtKey(), Clock.systemUTC()));
    }

    @Bean
    PublicationRows publicationRows(JdbcClient jdbc) {
        return new PublicationRows(jdbc);
    }

    @Bean
    PublicationWriter publicationWriter(BulkRequests bulk) {
        return new PublicationWriter(bulk);
    }
}
