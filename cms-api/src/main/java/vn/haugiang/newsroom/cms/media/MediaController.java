package vn.haugiang.newsroom.cms.media;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code /api/media}: upload in one multipart request (field {@code file}, optional {@code kind}),
 * read with presigned URLs, list the unit's media, publish, delete. A new medium answers 201, the
 * same content uploaded again 200 with the medium already stored. Large files use
 * {@code /api/media/uploads} ({@link ChunkedUploadController}).
 */
@RestController
@RequestMapping("/api/media")
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MediaView> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "kind", required = false) @Nullable String kind) throws IOException {
        CurrentUser user = CurrentUser.get();
        // Refuse before spooling: Tomcat has already written the part to its own temporary file
        // (file-size-threshold 0), from which it is streamed on, never read into memory.
        MediaService.requireUploader(user);
        MediaService.Uploaded uploaded = media.upload(user, String.valueOf(file.getOriginalFilename()),
                file.getContentType(), kind == null || kind.isBlank() ? null : MediaKind.ofCode(kind), file.getInputStream());
        return respond(uploaded);
    }

    static ResponseEntity<MediaView> respond(MediaService.Uploaded uploaded) {
        if (!uploaded.created()) {
            return ResponseEntity.ok(uploaded.media());
        }
        return ResponseEntity.created(URI.create("/api/media/" + uploaded.media().id())).body(uploaded.media());
    }

    @GetMapping("/{id}")
    MediaView get(@PathVariable UUID id) {
        return media.read(CurrentUser.get(), id);
    }

    @GetMapping
    List<MediaView> list(@RequestParam(name = "before", required = false) @Nullable Instant before,
            @RequestParam(name = "beforeId", required = false) @Nullable UUID beforeId,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        return media.list(CurrentUser.get(), before, beforeId, limit);
    }

    @PostMapping("/{id}/publish")
    MediaView publish(@PathVariable UUID id) {
        return media.publish(CurrentUser.get(), id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        media.delete(CurrentUser.get(), id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
