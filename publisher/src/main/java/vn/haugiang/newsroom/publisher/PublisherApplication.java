package vn.haugiang.newsroom.publisher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The publisher: Spring Batch jobs that publish due deliveries to the web, social channels and
 * broadcast schedules. Port {@code PUBLISHER_PORT} (8081); health at {@code /actuator/health}.
 */
@SpringBootApplication
public class PublisherApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublisherApplication.class, args);
    }
}
