package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates ninjs items against IPTC's JSON Schemas (draft 2020-12), read from one directory that
 * holds {@code ninjs-schema_2.2.json}, {@code ninjs-schema_3.0.json}, {@code ninjs-schema_3.1.json}
 * and {@code GeoJSON-schema.json} (the repo ships them in {@code demo/schemas/ninjs/}). Every
 * schema reference resolves to those files by its {@code $id}, so validation never goes online.
 * Thread-safe once built.
 */
public final class NinjsValidator {

    /** What the ninjs schemas reference for {@code located}/{@code places} geometry. */
    static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";
    static final String GEOJSON_FILE = "GeoJSON-schema.json";
    private static final int MAX_MESSAGES = 10;
    private static final String UNEVALUATED = "unevaluatedProperties";

    private final Map<NinjsVersion, JsonSchema> schemas = new EnumMap<>(NinjsVersion.class);

    /**
     * Loads the schemas.
     *
     * @param schemaDirectory the directory holding the four schema files
     * @throws UncheckedIOException when one of them cannot be read
     */
    public NinjsValidator(Path schemaDirectory) {
        Map<String, String> byId = new HashMap<>();
        byId.put(GEOJSON_ID, read(schemaDirectory.resolve(GEOJSON_FILE)));
        for (NinjsVersion version : NinjsVersion.values()) {
            byId.put(version.schemaId(), read(schemaDirectory.resolve(version.fileName())));
        }
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(byId)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        for (NinjsVersion version : NinjsVersion.values()) {
            schemas.put(version, factory.getSchema(SchemaLocation.of(version.schemaId()), config));
        }
    }

    /**
     * Validates {@code item} against the schema of the version it names (see
     * {@link NinjsVersion#namedBy}).
     *
     * @return the validator's messages, empty when the item is valid; one message when it names no
     *     known version
     */
    public List<String> validate(JsonNode item) {
        return NinjsVersion.namedBy(item).map(version -> validate(item, version))
                .orElseGet(() -> List.of("names no ninjs version this CMS knows (2.x, 3.0, 3.1): set standard.version"
                        + " or standard.schema"));
    }

    /**
     * Validates {@code item} against the schema of {@code version}, whatever it names itself.
     *
     * <p>When a property fails its own schema, the validator also reports every other property as
     * "not evaluated" (the failed branch drops their annotations); those consequences are left out
     * whenever a first cause is there, so the reason names what is actually wrong.
     *
     * @return at most ten of the validator's messages, sorted, e.g.
     *     {@code "/urgency: string found, integer expected"}; empty when valid
     */
    public List<String> validate(JsonNode item, NinjsVersion version) {
        Set<ValidationMessage> messages = schemas.get(version).validate(item);
        boolean hasCause = messages.stream().anyMatch(m -> !UNEVALUATED.equals(m.getType()));
        return messages.stream()
                .filter(m -> !hasCause || !UNEVALUATED.equals(m.getType()))
                .map(ValidationMessage::getMessage)
                .sorted()
                .limit(MAX_MESSAGES)
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ninjs schema " + file, e);
        }
    }
}
