package vn.haugiang.newsroom.cms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The CMS API: editors write articles in columns, producers build programme segments; media go to
 * S3. Port {@code CMS_API_PORT} (8080); health at {@code /actuator/health}.
 */
@SpringBootApplication
public class CmsApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(CmsApiApplication.class, args);
    }
}
