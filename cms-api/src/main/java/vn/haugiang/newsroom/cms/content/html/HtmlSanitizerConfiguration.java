package vn.haugiang.newsroom.cms.content.html;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link HtmlSanitizer} of the application, built from {@link HtmlPolicy} bound from
 * {@code newsroom.html.*}. A misconfigured policy fails the start-up with the offending value.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HtmlPolicy.class)
class HtmlSanitizerConfiguration {

    @Bean
    HtmlSanitizer htmlSanitizer(HtmlPolicy policy) {
        return new HtmlSanitizer(policy);
    }
}
