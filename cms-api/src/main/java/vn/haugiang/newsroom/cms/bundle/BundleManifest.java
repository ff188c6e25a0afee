package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bundle's {@code bundle.json} (optional; an absent file is an empty manifest).
 *
 * @param columns columns to create when missing
 * @param channels output and broadcast channels to create when missing
 * @param defaults settings of items that the manifest does not name
 * @param items settings by file name in {@code items/}, each overriding {@code defaults} field by field
 * @param documents settings by file name in {@code documents/}
 */
public record BundleManifest(List<ColumnSpec> columns, List<ChannelSpec> channels, ItemSettings defaults,
        Map<String, ItemSettings> items, Map<String, DocumentSpec> documents) {

    static final String FILE = "bundle.json";

    public BundleManifest(@Nullable List<ColumnSpec> columns, @Nullable List<ChannelSpec> channels,
            @Nullable ItemSettings defaults, @Nullable Map<String, ItemSettings> items,
            @Nullable Map<String, DocumentSpec> documents) {
        this.columns = columns == null ? List.of() : List.copyOf(columns);
        this.channels = channels == null ? List.of() : List.copyOf(channels);
        this.defaults = defaults == null ? new ItemSettings(null, null, null, null) : defaults;
        this.items = items == null ? Map.of() : Map.copyOf(items);
        this.documents = documents == null ? Map.of() : Map.copyOf(documents);
    }

    /**
     * A file of {@code documents/}, imported as a draft (reference material such as the plan).
     *
     * @param unit the unit id the draft belongs to; required
     */
    public record DocumentSpec(@Nullable String unit) {
    }

    /**
     * A column (chuyên mục) of a unit.
     *
     * @param kind {@code column} (default) or {@code special_page}
     * @param defaultChannels channel ids its items go to unless an item says otherwise
     */
    public record ColumnSpec(String slug, String unit, String name, @Nullable String kind,
            @Nullable List<String> defaultChannels) {
    }

    /**
     * A channel of a unit.
     *
     * @param kind web, facebook, youtube, zalo, tv, radio or loudspeaker
     */
    public record ChannelSpec(String id, String kind, String unit, String name) {
    }

    /**
     * What to do with an item.
     *
     * @param action how far through the workflow: {@code draft}, {@code submit}, {@code approve},
     *     {@code schedule} or {@code publish} (default)
     * @param channels channel ids to publish on
     * @param publishAt for {@code schedule}: when (ISO 8601 instant); a past one publishes at once
     * @param archive published in the past: recorded as published at its ninjs {@code firstCreated}
     */
    public record ItemSettings(@Nullable String action, @Nullable List<String> channels, @Nullable String publishAt,
            @Nullable Boolean archive) {

        ItemSettings over(ItemSettings defaults) {
            return new ItemSettings(action != null ? action : defaults.action(),
                    channels != null ? channels : defaults.channels(),
                    publishAt != null ? publishAt : defaults.publishAt(),
                    archive != null ? archive : defaults.archive());
        }

        String actionOrPublish() {
            return action == null ? "publish" : action;
        }

        boolean archived() {
            return Boolean.TRUE.equals(archive);
        }

        @Nullable Instant publishInstant() {
            return publishAt == null ? null : Instant.parse(publishAt);
        }
    }

    /** The settings of one item file: its own over the defaults. */
    ItemSettings settingsOf(String fileName) {
        return items.getOrDefault(fileName, new ItemSettings(null, null, null, null)).over(defaults);
    }

    /** Reads {@code bundle.json} of {@code bundle}, strictly: an unknown property is an error. */
    static BundleManifest read(Path bundle, ObjectMapper json) {
        Path file = bundle.resolve(FILE);
        if (!Files.exists(file)) {
            return new BundleManifest(null, null, null, null, null);
        }
        try {
            return json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), BundleManifest.class);
        } catch (JsonProcessingException e) {
            throw BundleException.invalid(FILE + " is not a bundle manifest: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw BundleException.invalid(FILE + " cannot be read: " + e.getMessage());
        }
    }
}
