package vn.haugiang.newsroom.cms.schedule;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /api/programmes} and {@code PUT /api/programmes/{id}}.
 *
 * @param title  the title, NFC-normalised when stored
 * @param genre  the genre slots default to, or {@code null}
 * @param rating the age rating slots default to (e.g. {@code T13}), or {@code null}
 * @param unitId the producing unit; default the user's own; a programme never moves to another unit (422)
 */
public record ProgrammeRequest(@NotBlank @Size(max = 500) String title, @Nullable @Size(max = 40) String genre,
        @Nullable @Size(max = 20) String rating, @Nullable String unitId) {
}
