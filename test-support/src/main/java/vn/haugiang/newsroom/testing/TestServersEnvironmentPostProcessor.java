package vn.haugiang.newsroom.testing;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Points every Spring application context started in a test JVM at the tests' own database and
 * buckets ({@link LocalServers}), not at the {@code local} profile's {@code cms}, {@code media} and
 * {@code site} of {@code newsroom-shared.yaml}, which belong to the stack {@code ./cms up} runs.
 *
 * <p>The values sit just below the operating system's environment: a {@code CMS_*} variable set
 * there still wins (as it already does in {@link LocalServers}), and so does anything a test sets
 * itself ({@code @SpringBootTest(properties = ...)}, {@code @DynamicPropertySource}), while the
 * application's own files lose. Registered in {@code META-INF/spring.factories}, so it acts only
 * where test-support is on the classpath: in tests, never in the apps.
 */
public final class TestServersEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE = "newsroomTestServers";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        var values = new MapPropertySource(SOURCE, Map.of(
                "CMS_DB_URL", LocalServers.postgresUrl(),
                "CMS_S3_MEDIA_BUCKET", LocalServers.mediaBucket(),
                "CMS_S3_SITE_BUCKET", LocalServers.siteBucket()));
        String systemEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (environment.getPropertySources().contains(systemEnvironment)) {
            environment.getPropertySources().addAfter(systemEnvironment, values);
        } else {
            environment.getPropertySources().addLast(values);
        }
    }
}
