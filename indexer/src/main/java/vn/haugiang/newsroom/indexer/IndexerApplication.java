package vn.haugiang.newsroom.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The indexer: Spring Batch jobs that put items and publications into Elasticsearch; search,
 * output counts and the yearly report. Port {@code INDEXER_PORT} (8082); health at
 * {@code /actuator/health}.
 */
@SpringBootApplication
public class IndexerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndexerApplication.class, args);
    }
}
