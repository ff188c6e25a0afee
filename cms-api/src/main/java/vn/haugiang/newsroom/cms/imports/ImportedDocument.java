package vn.haugiang.newsroom.cms.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft article made from an uploaded file. All text is Unicode NFC.
 *
 * @param title the document's title: its {@code dc:title} metadata, else the first {@code h1}–{@code h3}
 *     of the body, else the first non-empty line (cut to 200 characters), else the file name without
 *     its extension; never blank
 * @param bodyHtml the body as an HTML fragment (no {@code <html>} or {@code <body>}): headings,
 *     paragraphs, lists, tables, links (http, https, mailto, ftp), bold/italic and
 *     {@code <img src="embedded:NAME">} for the {@link #images()}; no scripts, styles, classes or ids
 * @param author {@code dc:creator} (several joined with ", "), else {@code meta:author}, else
 *     {@code null}
 * @param detectedType the media type detected from the bytes, e.g.
 *     {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document},
 *     {@code application/vnd.oasis.opendocument.text}, {@code application/pdf}, {@code text/html},
 *     {@code text/plain}
 * @param images the embedded images, in the order the parser met them
 * @param warnings what the editor should check, in English (e.g. the file name said DOCX but the
 *     content was PDF; an embedded object was left out)
 */
public record ImportedDocument(String title, String bodyHtml, @Nullable String author, String detectedType,
        List<EmbeddedImage> images, List<String> warnings) {

    /** Keeps unmodifiable copies of the lists. */
    public ImportedDocument {
        images = List.copyOf(images);
        warnings = List.copyOf(warnings);
    }
}
