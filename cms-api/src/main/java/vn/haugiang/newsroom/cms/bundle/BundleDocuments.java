package vn.haugiang.newsroom.cms.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.cms.bundle.BundleManifest.DocumentSpec;
import vn.haugiang.newsroom.cms.bundle.BundleReport.ImportedItem;
import vn.haugiang.newsroom.cms.bundle.BundleReport.Refusal;
import vn.haugiang.newsroom.cms.content.ContentService;
import vn.haugiang.newsroom.cms.content.ItemDraft;
import vn.haugiang.newsroom.cms.imports.DocumentImportException;
import vn.haugiang.newsroom.cms.imports.DocumentImporter;
import vn.haugiang.newsroom.cms.imports.ImportedDocument;
import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Imports the files of a bundle's {@code documents/} (DOCX, ODT, PDF, HTML, TXT) as drafts, through the
 * CMS's document import ({@link DocumentImporter}, as {@code POST /api/imports} does), each in the unit
 * {@code bundle.json} names for it ({@code documents{<file name>}.unit}). A document is reference
 * material (e.g. the plan): it stays a draft and is no output. Its identity is its file name: the
 * slug ends with {@code -<key>} of {@code bundle-document:<file name>}, so a second import finds it.
 */
@Component
class BundleDocuments {

    static final String DIRECTORY = "documents";
    private static final int TITLE_SLUG_LENGTH = 100;

    private final DocumentImporter importer;
    private final ContentService content;
    private final JdbcClient jdbc;

    BundleDocuments(DocumentImporter importer, ContentService content, JdbcClient jdbc) {
        this.importer = importer;
        this.content = content;
        this.jdbc = jdbc;
    }

    /** Imports every document of the bundle; each ends in {@code imported} or in {@code refused}. */
    void importAll(BundleRun run, List<ImportedItem> imported, List<Refusal> refused) {
        Path dir = run.bundle().resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            refused.add(new Refusal(DIRECTORY + "/", "cannot be listed: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String uri = "bundle-document:" + name;
            Optional<ImportedItem> existing = find(name, uri, false);
            if (existing.isPresent()) {
                imported.add(existing.get());
                continue;
            }
            DocumentSpec spec = run.manifest().documents().get(name);
            if (spec == null || spec.unit() == null) {
                refused.add(new Refusal(DIRECTORY + "/" + name, "bundle.json names no unit for it (documents{\"" + name
                        + "\": {\"unit\": ...}})"));
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                ImportedDocument document = importer.importDocument(name, in);
                var user = new CurrentUser(run.importerId(), run.importerName(), Role.SYSTEM_ADMIN, spec.unit());
                String slug = VietnameseText.slug(document.title(), TITLE_SLUG_LENGTH) + "-" + NinjsMapper.uriKey(uri);
                content.create(user, new ItemDraft(ContentType.ARTICLE, null, spec.unit(), document.title(), null,
                        document.bodyHtml(), document.author(), null, null, null, null, slug, null, null, null, null));
                imported.add(find(name, uri, true).orElseThrow());
            } catch (DocumentImportException e) {
                refused.add(new Refusal(DIRECTORY + "/" + name, "document refused: " + e.getMessage()));
            } catch (ErrorResponseException e) {
                String detail = e.getBody().getDetail();
                refused.add(new Refusal(DIRECTORY + "/" + name, detail == null ? e.getMessage() : detail));
            } catch (IOException e) {
                refused.add(new Refusal(DIRECTORY + "/" + name, "cannot be read: " + e.getMessage()));
            }
        }
    }

    private Optional<ImportedItem> find(String name, String uri, boolean created) {
        return jdbc.sql("SELECT id, slug, state FROM item WHERE right(slug, 11) = ?")
                .param("-" + NinjsMapper.uriKey(uri))
                .query((rs, n) -> new ImportedItem(DIRECTORY + "/" + name, uri, rs.getObject("id", UUID.class),
                        rs.getString("slug"), created, rs.getString("state"), List.of(), null))
                .optional();
    }
}
