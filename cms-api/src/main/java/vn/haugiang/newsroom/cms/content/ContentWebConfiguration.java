package vn.haugiang.newsroom.cms.content;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.model.ItemState;

/**
 * Query parameters use the same lower-case codes as the JSON ({@code ?state=published&type=photo_story});
 * Spring's default enum conversion would only accept the Java constant names.
 */
@Configuration(proxyBeanMethods = false)
class ContentWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, ItemState.class, ItemState::ofCode);
        registry.addConverter(String.class, ContentType.class, ContentType::ofCode);
    }
}
