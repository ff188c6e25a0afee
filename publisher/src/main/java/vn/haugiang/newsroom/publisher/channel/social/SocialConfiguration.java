package vn.haugiang.newsroom.publisher.channel.social;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Social channels' properties and the credentials cipher; the app refuses to start without a valid key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialProperties.class)
class SocialConfiguration {

    @Bean
    CredentialCipher credentialCipher(SocialProperties properties) {
        String key = properties.credentialsKey();
        // An unset environment variable reaches the binder as the literal placeholder.
        if (key == null || key.isBlank() || key.startsWith("${")) {
            throw new IllegalStateException("newsroom.social.credentials-key is not set: set CMS_CREDENTIALS_KEY to "
                    + "base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return new CredentialCipher(properties.credentialsKey());
    }
}
