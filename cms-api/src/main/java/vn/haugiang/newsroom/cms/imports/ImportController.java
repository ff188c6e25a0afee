package vn.haugiang.newsroom.cms.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.content.ContentException;
import vn.haugiang.newsroom.cms.content.ContentService;
import vn.haugiang.newsroom.cms.content.ItemDraft;
import vn.haugiang.newsroom.cms.content.SavedItem;
import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.text.LegacyConversion;
import vn.haugiang.newsroom.text.LegacyText;

/**
 * {@code POST /api/imports} (multipart field {@code file}: .docx, .odt, .pdf, .html or .txt)
 * makes a draft from a document; {@code POST /api/imports/legacy-text} converts pasted text in a
 * legacy Vietnamese encoding (TCVN3, VNI, VIQR). A file that cannot be read gets 422
 * problem+json with {@code kind} (CORRUPT, ENCRYPTED, UNSUPPORTED_TYPE, TOO_LARGE, TIMEOUT).
 */
@RestController
class ImportController {

    private final DocumentImporter importer;
    private final ContentService content;
    private final ImportConfiguration.ImportProperties limits;
    private final EmbeddedImages images;

    ImportController(DocumentImporter importer, ContentService content, ImportConfiguration.ImportProperties limits,
            EmbeddedImages images) {
        this.importer = importer;
        this.content = content;
        this.limits = limits;
        this.images = images;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> importDocument(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "type", defaultValue = "article") String type,
            @RequestParam(name = "columnId", required = false) @Nullable UUID columnId) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        if (file.getSize() > limits.maxSize().toBytes()) {
            throw new DocumentImportException(DocumentImportException.Kind.TOO_LARGE, "The file is " + file.getSize()
                    + " bytes; documents may be at most " + limits.maxSize().toBytes() + " bytes.", null, null);
        }
        List<String> warnings = new ArrayList<>();
        LegacyConversion legacy = null;
        InputStream bytes = file.getInputStream();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            // Plain text is where legacy encodings live; decode it ourselves before Tika guesses a charset.
            legacy = LegacyText.convert(file.getBytes());
            bytes = new ByteArrayInputStream(legacy.text().getBytes(StandardCharsets.UTF_8));
            if (legacy.reason() != null) {
                warnings.add(legacy.reason());
            }
        }
        ImportedDocument document = importer.importDocument(name, bytes);
        warnings.addAll(document.warnings());
        CurrentUser user = CurrentUser.get();
        ContentType contentType = contentType(type);
        // Refuse before the images go to the media library, so a refused import leaves nothing behind.
        content.checkCreate(user, draft(contentType, document, document.bodyHtml(), columnId));
        String body = images.store(user, document.bodyHtml(), document.images(), warnings);
        var draft = draft(contentType, document, body, columnId);
        SavedItem saved = content.create(user, draft);
        return ResponseEntity.created(URI.create("/api/items/" + saved.item().id())).eTag(saved.item().etag())
                .body(new ImportResult(saved, document.detectedType(), legacy, warnings));
    }

    private static ItemDraft draft(ContentType type, ImportedDocument document, String body, @Nullable UUID columnId) {
        return new ItemDraft(type, null, null, document.title(), null, body, document.author(), columnId, null, null,
                null, null, null, null, null, null);
    }

    private static ContentType contentType(String code) {
        try {
            return ContentType.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw ContentException.invalid("Unknown type '" + code + "': article, photo_story, video_clip, audio_clip"
                    + " or programme_segment.", "type");
        }
    }

    @PostMapping("/api/imports/legacy-text")
    LegacyConversion convertPasted(@Valid @RequestBody PastedText pasted) {
        return LegacyText.convert(pasted.text());
    }

    @ExceptionHandler(DocumentImportException.class)
    ProblemDetail unreadable(DocumentImportException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("The document cannot be imported");
        problem.setProperty("field", "file");
        problem.setProperty("kind", e.kind().name());
        if (e.detectedType() != null) {
            problem.setProperty("detectedType", e.detectedType());
        }
        return problem;
    }

    /** A draft made from a document, with what Tika detected and what needs the editor's eye. */
    record ImportResult(SavedItem saved, String detectedType, @Nullable LegacyConversion legacyEncoding,
            List<String> warnings) {
    }

    record PastedText(@NotNull String text) {
    }
}
