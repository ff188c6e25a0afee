package vn.haugiang.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * The server finds components only through {@code named_components.json}; a class rename or a changed
 * {@link NamedComponent} value that is not mirrored there installs fine and then fails at index creation.
 */
class NamedComponentsTests {

    private static final Path NAMED_COMPONENTS = Path.of("src/main/plugin/named_components.json");

    @Test
    void namedComponentsJsonListsEveryComponentUnderItsAnnotatedNameAndInterface() throws IOException {
        String json = Files.readString(NAMED_COMPONENTS, StandardCharsets.UTF_8).replaceAll("\\s", "");

        assertThat(json).isEqualTo("{"
                + entry(TokenFilterFactory.class, VietnameseFoldingTokenFilterFactory.class) + ","
                + entry(AnalyzerFactory.class, VietnameseFoldedAnalyzerFactory.class)
                + "}");
    }

    private static String entry(Class<?> extensible, Class<?> component) {
        String name = component.getAnnotation(NamedComponent.class).value();
        return "\"%s\":{\"%s\":\"%s\"}".formatted(extensible.getName(), name, component.getName());
    }

    @Test
    void componentsHaveTheSinglePublicConstructorTheServerRequires() {
        assertThat(VietnameseFoldingTokenFilterFactory.class.getConstructors()).hasSize(1);
        assertThat(VietnameseFoldedAnalyzerFactory.class.getConstructors()).hasSize(1);
    }
}
