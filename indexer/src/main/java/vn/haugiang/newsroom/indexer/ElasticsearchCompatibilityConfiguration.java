package vn.haugiang.newsroom.indexer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;

/**
 * Lets the 9.x Java client that Spring Boot 4 manages talk to our Elasticsearch 8.19 server.
 *
 * <p>A 9.x client asks for API version 9, which an 8.19 server refuses ("Accept version must be
 * either version 8 or 7"). REST API compatibility headers ask for version 8 instead, on every
 * request. Source: Elasticsearch REST API compatibility,
 * https://www.elastic.co/guide/en/elasticsearch/reference/8.19/rest-api-compatibility.html
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchCompatibilityConfiguration {

    static final String COMPATIBLE_WITH_8 = "application/vnd.elasticsearch+json; compatible-with=8";

    @Bean
    Rest5ClientOptions elasticsearchClientOptions() {
        var headers = RequestOptions.DEFAULT.toBuilder()
                .addHeader("Accept", COMPATIBLE_WITH_8)
                .addHeader("Content-Type", COMPATIBLE_WITH_8);
        return new Rest5ClientOptions(headers.build(), false);
    }
}
