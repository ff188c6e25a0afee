package vn.haugiang.newsroom.cms.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.cms.column.Columns;
import vn.haugiang.newsroom.cms.content.html.HtmlSanitizer;
import vn.haugiang.newsroom.model.PlanTasks;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Turns what an editor sent into storable content: every text NFC, the body through the HTML
 * safelist, tags de-duplicated, plan-task codes checked, a slug derived from the headline.
 */
@Component
class DraftNormalizer {

    static final int SLUG_MAX = 120;

    private final HtmlSanitizer sanitizer;
    private final Columns columns;
    private final JdbcClient jdbc;

    DraftNormalizer(HtmlSanitizer sanitizer, Columns columns, JdbcClient jdbc) {
        this.sanitizer = sanitizer;
        this.columns = columns;
        this.jdbc = jdbc;
    }

    Normalized normalize(ItemDraft draft, String unitId, @Nullable String currentSlug) {
        if (draft.columnId() != null && columns.find(draft.columnId()).filter(c -> c.unitId().equals(unitId)).isEmpty()) {
            throw ContentException.invalid("Column " + draft.columnId() + " is not a column of " + unitId + ".", "columnId");
        }
        // Another unit's unpublished media or items must not be reachable through ours (nor
        // block their owners from deleting them); published media of any unit may be shown.
        // FOR SHARE: a medium this save references cannot be deleted until the save commits
        // (the media library locks the row FOR UPDATE before checking references).
        if (draft.featuredMedia() != null && jdbc.sql("""
                SELECT id FROM media WHERE id = ? AND (unit_id = ? OR published_at IS NOT NULL) FOR SHARE
                """).params(draft.featuredMedia(), unitId).query(java.util.UUID.class).optional().isEmpty()) {
            throw ContentException.invalid("No media " + draft.featuredMedia() + " of " + unitId + " or published.", "featuredMedia");
        }
        if (draft.relatedItems() != null && !draft.relatedItems().isEmpty()) {
            int known = jdbc.sql("SELECT count(*) FROM item WHERE id = ANY (?) AND unit_id = ?")
                    .params(draft.relatedItems().toArray(java.util.UUID[]::new), unitId).query(Integer.class).single();
            if (known != new java.util.HashSet<>(draft.relatedItems()).size()) {
                throw ContentException.invalid("Related items must be items of " + unitId + ".", "relatedItems");
            }
        }
        List<String> planTasks = draft.planTasks() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(draft.planTasks().stream().map(VietnameseText::nfc).toList()));
        for (String code : planTasks) {
            if (!PlanTasks.isKnown(code)) {
                throw ContentException.invalid("Unknown plan-task code '" + code + "'; known: " + PlanTasks.CODES, "planTasks");
            }
        }
        if (draft.genre() != null && draft.type() != vn.haugiang.newsroom.model.ContentType.PROGRAMME_SEGMENT) {
            throw ContentException.invalid("Only programme segments have a genre.", "genre");
        }
        String headline = VietnameseText.nfc(draft.headline().strip());
        var body = sanitizer.sanitize(draft.body() == null ? "" : draft.body());
        lockReferencedMedia(body.html());
        List<String> removed = body.removals().stream().map(Object::toString).toList();
        String slug = draft.slug() != null ? draft.slug()
                : Objects.requireNonNullElseGet(currentSlug, () -> VietnameseText.slug(headline, SLUG_MAX));
        List<String> tags = draft.tags() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(draft.tags().stream().map(t -> VietnameseText.nfc(t.strip())).toList()));
        var content = new ItemContent(headline, nfc(draft.standfirst()), body.html(), nfc(draft.byline()),
                draft.columnId(), tags, planTasks, draft.language() == null ? "vi" : draft.language(), slug,
                draft.featuredMedia(), draft.relatedItems() == null ? List.of() : draft.relatedItems(),
                draft.embargoUntil(), draft.expiresAt());
        return new Normalized(content, nfc(draft.genre()), removed);
    }

    /** Media keys carry the medium's id; the ids in a body's URLs are locked like featured media. */
    private void lockReferencedMedia(String html) {
        var ids = MEDIA_ID.matcher(html).results().map(m -> m.group(1)).distinct().toArray(String[]::new);
        if (ids.length > 0) {
            jdbc.sql("SELECT id FROM media WHERE id::text = ANY (?) FOR SHARE").param(ids).query(java.util.UUID.class).list();
        }
    }

    private static final java.util.regex.Pattern MEDIA_ID = java.util.regex.Pattern.compile(
            "(?<=/media/)[^\"' ]*?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private static @Nullable String nfc(@Nullable String text) {
        return text == null ? null : VietnameseText.nfc(text.strip());
    }

    record Normalized(ItemContent content, @Nullable String genre, List<String> removedHtml) {
    }
}
