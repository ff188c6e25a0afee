package vn.haugiang.newsroom.cms.content;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import vn.haugiang.newsroom.cms.access.CurrentUser;

/**
 * {@code /api/items}: create, read, save, list items; their revisions, diffs and restores.
 * Every read answers an ETag; every write needs it back in If-Match (428 without, 412 if stale).
 */
@RestController
@RequestMapping("/api/items")
class ItemController {

    private final ContentService content;
    private final ItemQueries queries;

    ItemController(ContentService content, ItemQueries queries) {
        this.content = content;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<SavedItem> create(@Valid @RequestBody ItemDraft draft) {
        SavedItem saved = content.create(CurrentUser.get(), draft);
        return ResponseEntity.created(URI.create("/api/items/" + saved.item().id()))
                .eTag(saved.item().etag()).body(saved);
    }

    @GetMapping("/{id}")
    ResponseEntity<Item> get(@PathVariable UUID id) {
        Item item = content.read(CurrentUser.get(), id);
        return ResponseEntity.ok().eTag(item.etag()).body(item);
    }

    @PutMapping("/{id}")
    ResponseEntity<SavedItem> save(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ItemDraft draft) {
        SavedItem saved = content.update(CurrentUser.get(), id, IfMatch.version(ifMatch), draft);
        return ResponseEntity.ok().eTag(saved.item().etag()).body(saved);
    }

    @GetMapping
    ItemPage list(@ModelAttribute ItemQuery query) {
        return queries.list(CurrentUser.get(), query);
    }

    @GetMapping("/{id}/revisions")
    List<Revision> revisions(@PathVariable UUID id) {
        return content.revisions(CurrentUser.get(), id);
    }

    @GetMapping("/{id}/revisions/diff")
    RevisionDiff diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return content.diff(CurrentUser.get(), id, from, to);
    }

    @PostMapping("/{id}/revisions/{number}/restore")
    ResponseEntity<SavedItem> restore(@PathVariable UUID id, @PathVariable int number,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        SavedItem saved = content.restore(CurrentUser.get(), id, IfMatch.version(ifMatch), number);
        return ResponseEntity.status(HttpStatus.OK).eTag(saved.item().etag()).body(saved);
    }
}
