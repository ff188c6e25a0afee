package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.haugiang.newsroom.cms.bundle.BundleReport.ImportedItem;
import vn.haugiang.newsroom.cms.bundle.BundleReport.Refusal;

/**
 * Imports a bundle directory (format: {@code docs/bundle-format.md}): creates the columns and
 * channels {@code bundle.json} declares, then imports every {@code items/*.json} in file-name
 * order, each on its own (one refused item never stops the others), as the system admin user
 * acting in the item's unit, the files of {@code documents/} as drafts, and the schedule files of
 * {@code schedule/} onto their channels ({@link BundleSchedules}). Idempotent: an item whose ninjs {@code uri} was
 * imported before is found by its slug's suffix (see {@link NinjsMapper#uriKey}) and left alone; a schedule
 * programme that overlaps a stored slot is refused, so a day imported before gains nothing.
 *
 * <p>The ninjs schemas are read from {@code newsroom.bundle.schema-dir} when set, else from
 * {@code schemas/ninjs} in the bundle directory or the nearest parent directory that has one (the
 * repo's {@code demo/schemas/ninjs} for {@code demo/} and {@code demo/broken/}).
 */
@Service
public class BundleImporter {

    static final String SCHEMAS = "schemas/ninjs";

    private final ItemImport items;
    private final BundleSetup setup;
    private final BundleDocuments documents;
    private final BundleSchedules schedules;
    private final JdbcClient jdbc;
    private final @Nullable String schemaDir;
    private final String importer;
    private final ObjectMapper json = new ObjectMapper();

    BundleImporter(ItemImport items, BundleSetup setup, BundleDocuments documents, BundleSchedules schedules,
            JdbcClient jdbc, @Value("${newsroom.bundle.schema-dir:#{null}}") @Nullable String schemaDir,
            @Value("${newsroom.bundle.importer:admin}") String importer) {
        this.items = items;
        this.setup = setup;
        this.documents = documents;
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.schemaDir = schemaDir;
        this.importer = importer;
    }

    /**
     * Imports the bundle in {@code directory}.
     *
     * @throws BundleException when it is not a bundle (no {@code items/}), its {@code bundle.json}
     *     cannot be read, no schema directory is found, or the importing user does not exist
     */
    public BundleReport importBundle(Path directory) {
        Path bundle = directory.toAbsolutePath().normalize();
        Path itemsDir = itemsDirectory(bundle);
        BundleManifest manifest = BundleManifest.read(bundle, json);
        var importerId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(importer)
                .query(UUID.class).optional()
                .orElseThrow(() -> BundleException.unavailable("the importing user '" + importer + "' does not exist"));
        var run = new BundleRun(bundle, manifest, new NinjsValidator(schemas(bundle)), new NinjsMapper(unitNames()),
                json, importerId, importer, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashSet<>());
        declare(run);
        List<Path> files = itemFiles(itemsDir);
        var imported = new ArrayList<ImportedItem>();
        var refused = new ArrayList<Refusal>();
        for (Path file : files) {
            ItemImport.Outcome outcome = items.run(run, file);
            if (outcome.item() != null) {
                imported.add(outcome.item());
            } else if (outcome.refusal() != null) {
                refused.add(outcome.refusal());
            }
        }
        List<ScheduleFileReport> scheduleFiles = schedules.importAll(run);
        var documentItems = new ArrayList<ImportedItem>();
        documents.importAll(run, documentItems, refused);
        int created = (int) imported.stream().filter(ImportedItem::created).count();
        return new BundleReport(bundle.toString(), files.size(), created, imported.size() - created, imported, refused,
                run.createdColumns(), run.createdChannels(), run.notes(), documentItems, scheduleFiles);
    }

    private void declare(BundleRun run) {
        for (var column : run.manifest().columns()) {
            var ensured = setup.column(column.unit(), column.slug(), column.name(), column.kind(),
                    column.defaultChannels() == null ? List.of() : column.defaultChannels());
            if (ensured.created()) {
                run.createdColumns().add(column.unit() + "/" + column.slug());
            }
        }
        for (var channel : run.manifest().channels()) {
            String note = setup.channel(channel, run.createdChannels());
            if (note != null) {
                run.notes().add(note);
            }
            run.knownChannels().add(channel.id());
        }
    }

    private Path schemas(Path bundle) {
        if (schemaDir != null) {
            return Path.of(schemaDir);
        }
        for (Path dir = bundle; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SCHEMAS).resolve(NinjsValidator.GEOJSON_FILE))) {
                return dir.resolve(SCHEMAS);
            }
        }
        throw BundleException.invalid("no " + SCHEMAS + " directory in " + bundle
                + " or its parents, and newsroom.bundle.schema-dir is not set");
    }

    private Map<String, String> unitNames() {
        return jdbc.sql("SELECT id, name FROM unit").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The {@code items/} directory of {@code bundle}, which makes it a bundle. */
    static Path itemsDirectory(Path bundle) {
        Path itemsDir = bundle.resolve("items");
        if (!Files.isDirectory(itemsDir)) {
            throw BundleException.invalid(bundle + " is not a bundle: it has no items/ directory");
        }
        return itemsDir;
    }

    /** The item files of a bundle: every regular {@code *.json} directly in {@code items/}, by name. */
    static List<Path> itemFiles(Path itemsDir) {
        try (Stream<Path> files = Files.list(itemsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw BundleException.invalid("cannot list " + itemsDir + ": " + e.getMessage());
        }
    }
}
