package vn.haugiang.newsroom.cms.content.html;

import java.util.Objects;

/**
 * One kind of thing the sanitizer removed or changed, as the API reports it back to the editor.
 *
 * <p>Identical removals are reported once, with how many times they happened, so a document
 * imported from Word with a {@code class} on every paragraph yields one line, not hundreds.
 *
 * <p>{@code what} quotes the editor's input (tag names, URLs) and is plain text: escape it before
 * showing it in an HTML page, as any other user-supplied string.
 *
 * @param what what was affected, in the editor's terms: {@code <script>}, {@code href on <a>},
 *        {@code <img src=http://other.example/x.jpg>} (long URLs are shortened with "…")
 * @param reason why, e.g. {@code element not allowed}, {@code javascript: URLs are not allowed}
 * @param count how many times this removal happened in the document, at least 1
 */
public record Removal(String what, String reason, int count) {

    public Removal {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /** A removal that happened once. */
    public Removal(String what, String reason) {
        this(what, reason, 1);
    }

    /** Readable one-line form, e.g. {@code <script>: element not allowed (×3)}. */
    @Override
    public String toString() {
        return what + ": " + reason + (count > 1 ? " (×" + count + ")" : "");
    }
}
