package vn.haugiang.newsroom.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalisation, folding and slugs for Vietnamese text.
 *
 * <p>Vietnamese letters can be spelled precomposed ({@code ệ}, NFC) or decomposed ({@code e} + circumflex +
 * dot below, NFD); browsers on macOS and some Word exports produce NFD. Both look identical but compare,
 * sort and search differently, so every stored text field goes through {@link #nfc(String)}.
 *
 * <p>All methods are pure and thread-safe; none accepts {@code null} ({@link NullPointerException}).
 */
public final class VietnameseText {

    /** Slug length used by {@link #slug(String)}. */
    public static final int DEFAULT_SLUG_LENGTH = 80;

    /** What {@link #slug(String, int)} returns when a title has no letter or digit left after folding. */
    public static final String FALLBACK_SLUG = "untitled";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /**
     * Unicode NFC (canonical composition, {@link Normalizer.Form#NFC}): the form for every stored text field.
     *
     * @param text any text
     * @return the NFC form; {@code text} itself when it is already NFC
     */
    public static String nfc(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The search form of a text: lower case (root locale), tone and vowel marks removed (NFD, then every
     * non-spacing mark dropped), {@code đ}/{@code Đ} → {@code d}. Vietnamese text becomes ASCII:
     * {@code "Đài PT-TH Hậu Giang"} → {@code "dai pt-th hau giang"}. Everything else is kept as it is
     * (spaces, punctuation, and letters that are not decomposable, such as {@code ß} or CJK), so this is
     * a folding for matching, not a transliteration.
     *
     * @param text any text, NFC or NFD
     * @return the folded text
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        // Lower-casing first: some upper-case letters lower-case to a letter plus a combining mark (İ).
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        // đ has no decomposition (the stroke is not a combining mark), hence the explicit mapping.
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
    }

    /**
     * {@link #slug(String, int)} with at most {@value #DEFAULT_SLUG_LENGTH} characters.
     *
     * @param title a title, any normalisation form
     * @return a non-empty slug of {@code [a-z0-9-]}
     */
    public static String slug(String title) {
        return slug(title, DEFAULT_SLUG_LENGTH);
    }

    /**
     * A URL slug: the {@link #fold(String) folded} title with every run of characters other than
     * {@code a-z} and {@code 0-9} turned into one hyphen, without leading or trailing hyphens, e.g.
     * {@code "Hội nghị an toàn thông tin 2024!"} → {@code "hoi-nghi-an-toan-thong-tin-2024"}.
     *
     * <p>A slug longer than {@code maxLength} is cut at the last hyphen that fits, so words stay whole; a
     * first word longer than {@code maxLength} is cut hard. Never empty: a title with no letter or digit
     * that folds to ASCII (blank, only punctuation, only non-Latin script) gives {@value #FALLBACK_SLUG}.
     *
     * @param title     a title, any normalisation form
     * @param maxLength at least {@code FALLBACK_SLUG.length()} (8), so the fallback always fits
     * @return a non-empty slug of {@code [a-z0-9-]}, at most {@code maxLength} long
     * @throws IllegalArgumentException if {@code maxLength} is smaller than that
     */
    public static String slug(String title, int maxLength) {
        Objects.requireNonNull(title, "title");
        if (maxLength < FALLBACK_SLUG.length()) {
            throw new IllegalArgumentException(
                    "maxLength must be at least " + FALLBACK_SLUG.length() + " but was " + maxLength);
        }
        String slug = trimHyphens(NOT_SLUG.matcher(fold(title)).replaceAll("-"));
        if (slug.length() > maxLength) {
            int lastBreak = slug.lastIndexOf('-', maxLength);
            slug = trimHyphens(slug.substring(0, lastBreak > 0 ? lastBreak : maxLength));
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
