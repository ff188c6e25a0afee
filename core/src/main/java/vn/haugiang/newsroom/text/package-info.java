/**
 * Vietnamese text as a first-class citizen: NFC normalisation for storage, folding and slugs for search
 * and URLs ({@link vn.haugiang.newsroom.text.VietnameseText}), and detection and conversion of the
 * legacy Vietnamese encodings still found in pasted text and imported files
 * ({@link vn.haugiang.newsroom.text.LegacyText}).
 */
@NullMarked
package vn.haugiang.newsroom.text;

import org.jspecify.annotations.NullMarked;
