package vn.haugiang.newsroom.cms.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only: nothing here resolves a name or sends a packet. */
class WebhookTargetsTests {

    private final WebhookTargets production = new WebhookTargets(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9200/content/_doc/x", "http://10.1.2.3/hook", "http://192.168.1.10/",
            "http://172.16.0.5/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8082/api/search",
            "http://[fd00::1]/", "http://0.0.0.0:8080/"})
    void internalAddressesAreRefusedInProduction(String url) {
        assertThat(production.refusal(url)).hasValueSatisfying(reason -> assertThat(reason).contains("internal address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://[2001:4860:4860::8888]/hook"})
    void publicAddressesAreAllowed(String url) {
        assertThat(production.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9200/", "http://10.1.2.3/hook"})
    void theLocalProfileMayCallReceiversOnThisMachine(String url) {
        assertThat(new WebhookTargets(true).refusal(url)).isEmpty();
    }
}
