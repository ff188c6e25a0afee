package vn.haugiang.newsroom.cms.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** IPTC's own ninjs test suite, read in place from ../../shared/data/schemas/ninjs/test_suite. */
class NinjsValidatorTests {

    static final Path SUITE = Path.of("../../shared/data/schemas/ninjs/test_suite");
    static final Path SCHEMAS = Path.of("../demo/schemas/ninjs");
    static final ObjectMapper JSON = new ObjectMapper();
    static final NinjsValidator VALIDATOR = new NinjsValidator(SCHEMAS);

    static Stream<Path> shouldPass30() throws IOException {
        return files(SUITE.resolve("3.0/should_pass"));
    }

    static Stream<Path> shouldFail30() throws IOException {
        return files(SUITE.resolve("3.0/should_fail"));
    }

    static Stream<Path> demoItems() throws IOException {
        return files(Path.of("../demo/items"));
    }

    @ParameterizedTest
    @MethodSource("shouldPass30")
    void acceptsEveryDocumentTheIptcSuiteSaysShouldPass(Path file) throws IOException {
        assertThat(VALIDATOR.validate(JSON.readTree(file.toFile()), NinjsVersion.V3_0)).as(file.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shouldFail30")
    void refusesEveryDocumentTheIptcSuiteSaysShouldFailWithAReason(Path file) throws IOException {
        assertThat(VALIDATOR.validate(JSON.readTree(file.toFile()), NinjsVersion.V3_0)).as(file.toString())
                .isNotEmpty().allSatisfy(message -> assertThat(message).isNotBlank());
    }

    @Test
    void validatesNinjs31DigitalSourceTypesAsTheSuiteExpects() throws IOException {
        var good = JSON.readTree(SUITE.resolve("3.1/should_pass/001_good_digital_source.json").toFile());
        var bad = JSON.readTree(SUITE.resolve("3.1/should_fail/001_bad_digital_source.json").toFile());

        assertThat(VALIDATOR.validate(good, NinjsVersion.V3_1)).isEmpty();
        assertThat(VALIDATOR.validate(bad, NinjsVersion.V3_1)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("demoItems")
    void everyDemoItemIsValidAgainstTheSchemaOfTheVersionItNames(Path file) throws IOException {
        assertThat(VALIDATOR.validate(JSON.readTree(file.toFile()))).as(file.toString()).isEmpty();
    }

    @Test
    void aWrongTypedPropertyIsRefusedWithThePathAndWhatWasExpected() throws IOException {
        JsonNode broken = JSON.readTree(Path.of("../demo/broken/items/02-invalid-ninjs.json").toFile());

        assertThat(VALIDATOR.validate(broken)).singleElement().asString()
                .contains("urgency").contains("integer");
    }

    @Test
    void anItemNamingNoKnownVersionIsRefusedWithAReason() throws IOException {
        ObjectNode item = (ObjectNode) JSON.readTree(Path.of("../demo/items/01-canh-giac-tin-nhan-thuong-hieu.json").toFile());
        item.remove("standard");

        assertThat(VALIDATOR.validate(item)).singleElement().asString().contains("names no ninjs version");
    }

    @Test
    void a2xItemIsValidatedAgainstTheNinjs22Schema() throws IOException {
        ObjectNode item = (ObjectNode) JSON.readTree(Path.of("../demo/items/02-facebook-ao-lua-dao.json").toFile());
        item.put("firstCreated", "2026-11-21T09:15:00+07:00");

        assertThat(NinjsVersion.namedBy(item)).contains(NinjsVersion.V2_2);
        assertThat(VALIDATOR.validate(item)).isNotEmpty().anySatisfy(m -> assertThat(m).contains("firstCreated"));
    }

    private static Stream<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }
}
