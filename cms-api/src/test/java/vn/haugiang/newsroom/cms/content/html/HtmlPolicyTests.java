package vn.haugiang.newsroom.cms.content.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HtmlPolicyTests {

    @Test
    void valuesAreNormalisedSoPrefixesCannotMatchLongerHosts() {
        HtmlPolicy policy = new HtmlPolicy(List.of("HTTPS://Media.BaoHauGiang.vn/Anh", " /media "), List.of("I.ytimg.com"),
                List.of("WWW.YouTube.com/embed/"), List.of("BaoHauGiang.vn", "baohaugiang.vn"));

        assertThat(policy.mediaBases()).containsExactly("https://media.baohaugiang.vn/Anh/", "/media/");
        assertThat(policy.imageHosts()).containsExactly("i.ytimg.com");
        assertThat(policy.iframeSources()).containsExactly("www.youtube.com/embed/");
        assertThat(policy.siteHosts()).containsExactly("baohaugiang.vn");
        assertThat(policy.baseUri()).isEqualTo("https://baohaugiang.vn/");
        assertThat(policy.isSiteHost("BAOHAUGIANG.VN")).isTrue();
    }

    @Test
    void defaultsAllowYoutubeAndFacebookVideoEmbeds() {
        HtmlPolicy policy = HtmlPolicy.of(List.of("/media/"), List.of("baohaugiang.vn"));

        assertThat(policy.iframeSources()).containsExactly(
                "www.youtube.com/embed/", "www.youtube-nocookie.com/embed/", "www.facebook.com/plugins/video.php");
        assertThat(policy.imageHosts()).isEmpty();
    }

    @Test
    void invalidValuesAreRefusedNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> HtmlPolicy.of(List.of("/media/"), List.of()))
                .withMessageContaining("siteHosts");
        assertThatIllegalArgumentException().isThrownBy(() -> HtmlPolicy.of(List.of("media/"), List.of("a.vn")))
                .withMessageContaining("'media/'");
        assertThatIllegalArgumentException().isThrownBy(() -> HtmlPolicy.of(List.of("//cdn.example/"), List.of("a.vn")))
                .withMessageContaining("'//cdn.example/'");
        assertThatIllegalArgumentException().isThrownBy(() -> HtmlPolicy.of(List.of("/media/"), List.of("https://a.vn")))
                .withMessageContaining("'https://a.vn'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HtmlPolicy(List.of(), List.of(), List.of("www.youtube.com"), List.of("a.vn")))
                .withMessageContaining("'www.youtube.com'");
    }

    @Test
    void sanitizerBeanIsBuiltFromNewsroomHtmlProperties() {
        new ApplicationContextRunner()
                .withUserConfiguration(HtmlSanitizerConfiguration.class)
                .withPropertyValues("newsroom.html.site-hosts=thoisu.example", "newsroom.html.media-bases=https://cdn.example/m/")
                .run(context -> {
                    HtmlPolicy policy = context.getBean(HtmlSanitizer.class).policy();
                    assertThat(policy.siteHosts()).containsExactly("thoisu.example");
                    assertThat(policy.mediaBases()).containsExactly("https://cdn.example/m/");
                    assertThat(policy.iframeSources()).isEqualTo(HtmlPolicy.DEFAULT_IFRAME_SOURCES);
                    assertThat(policy.imageHosts()).isEmpty();
                });
    }

    @Test
    void commaSeparatedValuesAsInTheLocalProfileBind() {
        new ApplicationContextRunner()
                .withUserConfiguration(HtmlSanitizerConfiguration.class)
                .withPropertyValues("newsroom.html.media-bases=/media/", "newsroom.html.site-hosts=localhost,127.0.0.1")
                .run(context -> {
                    HtmlPolicy policy = context.getBean(HtmlSanitizer.class).policy();
                    assertThat(policy.siteHosts()).containsExactly("localhost", "127.0.0.1");
                    assertThat(policy.mediaBases()).containsExactly("/media/");
                    assertThat(policy.baseUri()).isEqualTo("https://localhost/");
                });
    }

    @Test
    void sanitizerBeanHasTheNewsroomDefaultsWithoutProperties() {
        new ApplicationContextRunner()
                .withUserConfiguration(HtmlSanitizerConfiguration.class)
                .run(context -> assertThat(context.getBean(HtmlSanitizer.class).policy()).isEqualTo(new HtmlPolicy(
                        List.of("https://media.baohaugiang.vn/", "/media/"), List.of(), HtmlPolicy.DEFAULT_IFRAME_SOURCES,
                        List.of("baohaugiang.vn", "www.baohaugiang.vn"))));
    }

    @Test
    void invalidPropertiesFailTheStartUp() {
        new ApplicationContextRunner()
                .withUserConfiguration(HtmlSanitizerConfiguration.class)
                .withPropertyValues("newsroom.html.site-hosts=https://baohaugiang.vn/")
                .run(context -> assertThat(context).hasFailed());
    }
}
