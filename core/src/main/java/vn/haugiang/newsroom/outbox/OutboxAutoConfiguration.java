package vn.haugiang.newsroom.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the {@link Outbox} available to every app that has a database.
 */
@AutoConfiguration(after = JdbcClientAutoConfiguration.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JdbcClient jdbc) {
        return new Outbox(jdbc);
    }
}
