package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.cms.bundle.BundleManifest.ItemSettings;
import vn.haugiang.newsroom.cms.bundle.BundleReport.ImportedItem;
import vn.haugiang.newsroom.cms.bundle.BundleReport.Refusal;
import vn.haugiang.newsroom.cms.content.ContentService;
import vn.haugiang.newsroom.cms.content.Item;
import vn.haugiang.newsroom.cms.media.MediaService;

/**
 * Imports one item file: parse, validate, map, upload its media, create it, move it through the
 * workflow. Everything that can be refused is checked before anything is written (media are
 * uploaded before the item is created, and an upload is idempotent by content), so a refused item
 * leaves at most unused media behind.
 */
@Component
class ItemImport {

    private final ContentService content;
    private final MediaService media;
    private final ItemWorkflow workflow;
    private final BundleSetup setup;
    private final JdbcClient jdbc;

    ItemImport(ContentService content, MediaService media, ItemWorkflow workflow, BundleSetup setup, JdbcClient jdbc) {
        this.content = content;
        this.media = media;
        this.workflow = workflow;
        this.setup = setup;
        this.jdbc = jdbc;
    }

    /** Either an item in the CMS or a refusal. */
    record Outcome(@Nullable ImportedItem item, @Nullable Refusal refusal) {

        static Outcome refused(String file, String reason) {
            return refused(file, reason, null);
        }

        static Outcome refused(String file, String reason, @Nullable String field) {
            return new Outcome(null, new Refusal(file, reason, field));
        }
    }

    Outcome run(BundleRun run, Path file) {
        String name = file.getFileName().toString();
        JsonNode node;
        try {
            node = run.json().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            return Outcome.refused(name, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Outcome.refused(name, "cannot be read: " + e.getMessage());
        }
        List<String> problems = run.validator().validate(node);
        if (!problems.isEmpty()) {
            String version = NinjsVersion.namedBy(node).map(v -> " " + v.number()).orElse("");
            return Outcome.refused(name, "invalid ninjs" + version + ": " + String.join("; ", problems));
        }
        MappedItem mapped;
        try {
            mapped = run.mapper().map(node);
        } catch (NinjsMappingException e) {
            return Outcome.refused(name, e.getMessage());
        }
        ItemSettings settings = run.manifest().settingsOf(name);
        if (!ItemWorkflow.ACTIONS.contains(settings.actionOrPublish())) {
            return Outcome.refused(name, "bundle.json: unknown action '" + settings.actionOrPublish() + "' (one of "
                    + ItemWorkflow.ACTIONS + ")");
        }
        if (settings.archived() && mapped.firstCreated() == null) {
            String field = NinjsVersion.namedBy(node).filter(NinjsVersion.V2_2::equals).isPresent()
                    ? "firstcreated" : "firstCreated";
            return Outcome.refused(name, "archived (bundle.json \"archive\": true) but has no " + field
                    + ": an archived item is recorded as published at its ninjs " + field
                    + "; add it, or import the item without \"archive\"", "/" + field);
        }
        List<String> channels = settings.channels() == null ? List.of() : settings.channels();
        Optional<ImportedItem> existing = find(name, mapped.uri(), channels, false);
        if (existing.isPresent()) {
            workflow.reconcile(existing.get().id(), settings, mapped.firstCreated());
            noteUnlistedArchive(run, name, settings);
            return new Outcome(existing.get(), null);
        }
        for (String path : mapped.mediaPaths()) {
            Path mediaFile = run.bundle().resolve(path).normalize();
            if (!mediaFile.startsWith(run.bundle()) || !Files.isRegularFile(mediaFile)) {
                return Outcome.refused(name, "missing media file " + path);
            }
        }
        var user = new CurrentUser(run.importerId(), run.importerName(), Role.SYSTEM_ADMIN, mapped.unitId());
        try {
            List<UUID> mediaIds = upload(run, user, mapped);
            UUID columnId = column(run, mapped);
            ensureChannels(run, mapped.unitId(), channels);
            Item item = content.create(user, mapped.toDraft(columnId, mediaIds.isEmpty() ? null : mediaIds.get(0))).item();
            workflow.advance(user, item, settings, mapped.firstCreated());
        } catch (ErrorResponseException e) {
            String detail = e.getBody().getDetail();
            return Outcome.refused(name, detail == null ? e.getMessage() : detail);
        }
        noteUnlistedArchive(run, name, settings);
        return new Outcome(find(name, mapped.uri(), channels, true).orElseThrow(), null);
    }

    /** An archived item goes to the channels it lists only; listing none is allowed but worth a word. */
    private static void noteUnlistedArchive(BundleRun run, String file, ItemSettings settings) {
        if (settings.archived() && settings.channels() == null) {
            run.notes().add("items/" + file + ": archived and lists no channels: recorded as published at its "
                    + "firstCreated on no output channel (an archived item goes to its listed channels only)");
        }
    }

    private List<UUID> upload(BundleRun run, CurrentUser user, MappedItem mapped) {
        var ids = new ArrayList<UUID>();
        for (String path : mapped.mediaPaths()) {
            Path mediaFile = run.bundle().resolve(path).normalize();
            try (InputStream in = Files.newInputStream(mediaFile)) {
                ids.add(media.upload(user, mediaFile.getFileName().toString(), null, null, in).media().id());
            } catch (ErrorResponseException e) {
                String detail = e.getBody().getDetail();
                throw new ErrorResponseException(e.getStatusCode(), forMedia(e, path, detail), e);
            } catch (IOException e) {
                throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.UNPROCESSABLE_ENTITY,
                                "media file " + path + " cannot be read: " + e.getMessage()), e);
            }
        }
        return ids;
    }

    private static ProblemDetail forMedia(ErrorResponseException e, String path,
            @Nullable String detail) {
        return ProblemDetail.forStatusAndDetail(e.getStatusCode(),
                "media file " + path + " refused: " + (detail == null ? e.getMessage() : detail));
    }

    private @Nullable UUID column(BundleRun run, MappedItem mapped) {
        if (mapped.columnSlug() == null) {
            return null;
        }
        var column = setup.column(mapped.unitId(), mapped.columnSlug(), mapped.columnName(), null, List.of());
        if (column.created()) {
            run.createdColumns().add(mapped.unitId() + "/" + mapped.columnSlug());
        }
        return column.id();
    }

    /** A channel an item names that nothing declares is created in the item's unit, if its id says its kind. */
    private void ensureChannels(BundleRun run, String unit, List<String> channels) {
        for (String id : channels) {
            if (run.knownChannels().contains(id) || setup.channelExists(id)) {
                continue;
            }
            String kind = BundleSetup.OUTPUT_KINDS.contains(id) || BundleSetup.BROADCAST_KINDS.contains(id) ? id : null;
            String note = kind == null ? "channel " + id + " is named by an item but declared nowhere; its kind is unknown"
                    : setup.channel(new BundleManifest.ChannelSpec(id, kind, unit, id), run.createdChannels());
            if (note != null && !run.notes().contains(note)) {
                run.notes().add(note);
            }
            run.knownChannels().add(id);
        }
    }

    /** The item imported from ninjs {@code uri}: its slug ends with the uri's key. */
    private Optional<ImportedItem> find(String file, String uri, List<String> channels, boolean created) {
        return jdbc.sql("SELECT id, slug, state, first_published_at FROM item WHERE right(slug, 11) = ?")
                .param("-" + NinjsMapper.uriKey(uri))
                .query((rs, n) -> {
                    var published = rs.getObject("first_published_at", java.time.OffsetDateTime.class);
                    return new ImportedItem(file, uri, rs.getObject("id", UUID.class), rs.getString("slug"), created,
                            rs.getString("state"), channels, published == null ? null : published.toInstant());
                })
                .optional();
    }
}
