package vn.haugiang.newsroom.cms.content.html;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link HtmlSanitizer#sanitize(String)}.
 *
 * @param html the safe body fragment: only safelisted elements and attributes, NFC-normalised,
 *        not pretty-printed (the editor's whitespace is kept); sanitizing it again returns it
 *        unchanged with no removals
 * @param removals what was removed or changed and why, in document order, each kind once with its
 *        count; empty when the input was already safe
 */
public record SanitizedHtml(String html, List<Removal> removals) {

    public SanitizedHtml {
        Objects.requireNonNull(html, "html");
        removals = List.copyOf(removals);
    }

    /** {@code true} when nothing had to be removed or changed. */
    public boolean isClean() {
        return removals.isEmpty();
    }
}
