package vn.haugiang.newsroom.cms.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.haugiang.newsroom.model.ContentType;

/**
 * What an editor sends to create or save an item (JSON body of {@code POST /api/items} and
 * {@code PUT /api/items/{id}}). Text may arrive in any Unicode form; it is stored NFC. The body
 * is sanitized and the response says what was removed.
 *
 * @param unit the owning unit's id; defaults to the editor's own (only a system admin may name another)
 * @param genre for programme segments: report, talk_show, interview, film, song, contest, livestream, ...
 * @param slug URL slug; derived from the headline when absent
 */
public record ItemDraft(
        @NotNull ContentType type,
        @Nullable @Size(max = 40) String genre,
        @Nullable String unit,
        @NotBlank @Size(max = 500) String headline,
        @Nullable @Size(max = 2000) String standfirst,
        @Nullable String body,
        @Nullable @Size(max = 200) String byline,
        @Nullable UUID columnId,
        @Nullable List<@NotBlank @Size(max = 60) String> tags,
        @Nullable List<@Pattern(regexp = "NV[1-3]\\.[a-zđ]", message = "must be a plan-task code such as NV1.a") String> planTasks,
        @Nullable @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String language,
        @Nullable @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case ASCII words joined by hyphens") @Size(max = 120) String slug,
        @Nullable UUID featuredMedia,
        @Nullable List<UUID> relatedItems,
        @Nullable Instant embargoUntil,
        @Nullable Instant expiresAt) {
}
