package vn.haugiang.newsroom.cms.media;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code /api/media/uploads}: resumable uploads for large clips.
 * <ol>
 * <li>{@code POST /api/media/uploads} {@code {"fileName", "size", "contentType", "kind"}} → 201 with
 *     the upload's {@code id} and the {@code partSize} to use;</li>
 * <li>{@code PUT /api/media/uploads/{id}/parts/{n}} with the raw bytes of part {@code n} (1-based;
 *     every part but the last at least 5 MiB; any content type but form-encoded; Content-Length
 *     required). Sending a part again replaces it;</li>
 * <li>{@code GET /api/media/uploads/{id}} says which parts arrived, to resume after a break;</li>
 * <li>{@code POST /api/media/uploads/{id}/complete} → 201 with the medium (200 when the same content
 *     was already stored); {@code DELETE /api/media/uploads/{id}} aborts.</li>
 * </ol>
 */
@RestController
@RequestMapping("/api/media/uploads")
class ChunkedUploadController {

    private final ChunkedUploads uploads;
    private final UploadAssembly assembly;

    ChunkedUploadController(ChunkedUploads uploads, UploadAssembly assembly) {
        this.uploads = uploads;
        this.assembly = assembly;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadView> start(@Valid @RequestBody StartRequest request) {
        UploadView upload = uploads.start(CurrentUser.get(), request.fileName(), request.size(), request.contentType(),
                request.kind() == null || request.kind().isBlank() ? null : MediaKind.ofCode(request.kind()));
        return ResponseEntity.created(URI.create("/api/media/uploads/" + upload.id())).body(upload);
    }

    @GetMapping("/{id}")
    UploadView status(@PathVariable UUID id) {
        return uploads.status(CurrentUser.get(), id);
    }

    /** Form-encoded bodies are refused: Spring's form filter would have read them as parameters. */
    @PutMapping(path = "/{id}/parts/{number}", consumes = "!" + MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    UploadView.PartView part(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request)
            throws IOException {
        return uploads.putPart(CurrentUser.get(), id, number, request.getInputStream(), request.getContentLengthLong());
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<MediaView> complete(@PathVariable UUID id) {
        return MediaController.respond(assembly.complete(CurrentUser.get(), id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> abort(@PathVariable UUID id) {
        uploads.abort(CurrentUser.get(), id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /**
     * Start of a resumable upload.
     *
     * @param fileName the file's name, any Unicode form
     * @param size its exact size in bytes
     * @param contentType what the client believes it is (checked against the bytes at the end)
     * @param kind {@code image}, {@code audio} or {@code video}, if the client wants to insist
     */
    record StartRequest(@NotBlank @Size(max = 500) String fileName, @Positive long size, @Nullable String contentType,
            @Nullable String kind) {
    }
}
