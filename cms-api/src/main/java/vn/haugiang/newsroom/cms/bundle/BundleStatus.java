package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the items of a bundle are now: for each {@code items/*.json} whose ninjs {@code uri} can be
 * read, the CMS item imported from it (found as the importer finds it, by the slug's suffix), its
 * workflow state and every delivery of it with its state. The demo polls this while the publisher
 * works, and reads it to tell published items from lost ones. Read-only.
 */
@Service
public class BundleStatus {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    BundleStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The state of the bundle's items.
     *
     * @param bundle the bundle directory, absolute
     * @param items one entry per item file with a readable {@code uri}, in file-name order
     * @param unreadable item files without a readable {@code uri} (the import refuses them with the reason)
     */
    public record Report(String bundle, List<ItemStatus> items, List<String> unreadable) {
    }

    /**
     * One item file and what became of it.
     *
     * @param id the CMS item, or {@code null} when it was not imported (refused)
     * @param state its workflow state, or {@code null} when not imported
     * @param firstPublishedAt when it first counted as published ({@code firstCreated} for archived items)
     * @param outputChannels the output channels (web, social) {@code bundle.json} lists for it; broadcast
     *     channels go through schedules and are not listed here
     * @param deliveries every delivery of every version of the item, by channel then version
     */
    public record ItemStatus(String file, String uri, @Nullable UUID id, @Nullable String state,
            @Nullable Instant firstPublishedAt, List<String> outputChannels, List<Delivery> deliveries) {
    }

    /**
     * One delivery (item version × channel) as the publisher left it.
     *
     * @param kind the channel's kind: web, facebook, youtube or zalo
     * @param state pending, in_progress, delivered, failed_retryable, failed_permanent, unknown or cancelled
     * @param lastError the last error the channel gave, or {@code null}
     */
    public record Delivery(String channel, String kind, long version, String state, int attempts,
            @Nullable String lastError, @Nullable String externalId, @Nullable String externalUrl, Instant dueAt,
            Instant updatedAt) {
    }

    /**
     * @throws BundleException when {@code directory} is not a bundle or its {@code bundle.json} cannot be read
     */
    public Report of(Path directory) {
        Path bundle = directory.toAbsolutePath().normalize();
        Path itemsDir = BundleImporter.itemsDirectory(bundle);
        BundleManifest manifest = BundleManifest.read(bundle, json);
        Set<String> outputIds = Set.copyOf(jdbc.sql("SELECT id FROM output_channel").query(String.class).list());
        var items = new ArrayList<ItemStatus>();
        var unreadable = new ArrayList<String>();
        for (Path file : BundleImporter.itemFiles(itemsDir)) {
            String name = file.getFileName().toString();
            String uri = uriOf(file);
            if (uri == null) {
                unreadable.add(name);
                continue;
            }
            var listed = manifest.settingsOf(name).channels();
            List<String> outputs = listed == null ? List.of() : listed.stream().filter(outputIds::contains).toList();
            items.add(status(name, uri, outputs));
        }
        return new Report(bundle.toString(), items, unreadable);
    }

    private ItemStatus status(String file, String uri, List<String> outputs) {
        record Row(UUID id, String state, @Nullable OffsetDateTime published) {
        }
        var row = jdbc.sql("SELECT id, state, first_published_at FROM item WHERE right(slug, 11) = ?")
                .param("-" + NinjsMapper.uriKey(uri))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional().orElse(null);
        if (row == null) {
            return new ItemStatus(file, uri, null, null, null, outputs, List.of());
        }
        List<Delivery> deliveries = jdbc.sql("""
                SELECT d.channel_id, c.kind, d.item_version, d.state, d.attempts, d.last_error, d.external_id,
                       d.external_url, d.due_at, d.updated_at
                FROM delivery d JOIN output_channel c ON c.id = d.channel_id
                WHERE d.item_id = ? ORDER BY d.channel_id, d.item_version
                """).param(row.id()).query((rs, n) -> new Delivery(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(),
                        rs.getObject(10, OffsetDateTime.class).toInstant())).list();
        return new ItemStatus(file, uri, row.id(), row.state(),
                row.published() == null ? null : row.published().toInstant(), outputs, deliveries);
    }

    private @Nullable String uriOf(Path file) {
        try {
            JsonNode uri = json.readTree(file.toFile()).path("uri");
            return uri.isTextual() && !uri.asText().isBlank() ? uri.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
