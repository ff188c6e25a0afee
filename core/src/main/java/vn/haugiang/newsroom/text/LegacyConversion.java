package vn.haugiang.newsroom.text;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The result of {@link LegacyText#convert(String)} or {@link LegacyText#convert(byte[])}.
 *
 * <p>Shapes, enforced by the constructor ({@link IllegalArgumentException} otherwise):
 * <ul>
 *   <li>{@link Outcome#UNCHANGED}: {@code source} is {@link Encoding#UNICODE}, {@code reason} is
 *       {@code null}, {@code text} is the input (for bytes: decoded as UTF-8, without the BOM) in NFC.</li>
 *   <li>{@link Outcome#CONVERTED}: {@code source} is one of the legacy encodings, {@code reason} is
 *       {@code null}, {@code text} is the converted Unicode text in NFC.</li>
 *   <li>{@link Outcome#NEEDS_REVIEW}: {@code reason} says in plain words what did not fit; {@code text} is
 *       the input kept as it was (for bytes that are not UTF-8: decoded as ISO-8859-1, byte for
 *       character, so nothing is lost); {@code source} is the legacy encoding the text most resembles, or
 *       {@link Encoding#UNKNOWN}.</li>
 * </ul>
 *
 * @param text   the text to store; normalised to NFC here, whatever the caller passes
 * @param source the encoding the input was read as
 * @param outcome what happened
 * @param reason why the text needs a human, only for {@link Outcome#NEEDS_REVIEW}
 */
public record LegacyConversion(String text, Encoding source, Outcome outcome, @Nullable String reason) {

    /** Encodings of Vietnamese text that {@link LegacyText} recognises. */
    public enum Encoding {
        /** Unicode (for files: UTF-8, with or without BOM). */
        UNICODE,
        /** TCVN 5712:1993 VN3, "ABC", the {@code .Vn} fonts ({@code .VnTime}); one byte per letter. */
        TCVN3,
        /** VNI-Windows, the {@code VNI-} fonts ({@code VNI-Times}); base letter plus a modifier byte. */
        VNI,
        /** VIQR, RFC 1456: ASCII mnemonics after the vowel ({@code a`}, {@code a^'}, {@code o+}, {@code dd}). */
        VIQR,
        /** Windows-1258: base letters plus combining tone-mark bytes (files only). */
        CP1258,
        /** VISCII 1.1, RFC 1456: one byte per precomposed letter (files only). */
        VISCII,
        /** Not recognised. */
        UNKNOWN
    }

    /** What {@link LegacyText} did with the input. */
    public enum Outcome {
        /** Already Unicode (or plain ASCII that is not VIQR): kept, NFC-normalised. */
        UNCHANGED,
        /** Read as a legacy encoding in full and converted to Unicode. */
        CONVERTED,
        /** Looks like a legacy encoding but does not convert cleanly, or is not recognised: kept for a human. */
        NEEDS_REVIEW
    }

    /**
     * Checks the shape described above and normalises {@code text} to NFC.
     *
     * @param text    the text to store
     * @param source  the encoding the input was read as
     * @param outcome what happened
     * @param reason  why a human is needed, for {@link Outcome#NEEDS_REVIEW} only
     *
     * @throws IllegalArgumentException if source, outcome and reason do not fit together
     */
    public LegacyConversion {
        text = VietnameseText.nfc(text);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        boolean legacy = source != Encoding.UNICODE && source != Encoding.UNKNOWN;
        boolean valid = switch (outcome) {
            case UNCHANGED -> source == Encoding.UNICODE && reason == null;
            case CONVERTED -> legacy && reason == null;
            case NEEDS_REVIEW -> source != Encoding.UNICODE && reason != null && !reason.isBlank();
        };
        if (!valid) {
            throw new IllegalArgumentException(
                    "Inconsistent conversion: " + outcome + " from " + source + " with reason " + reason);
        }
    }
}
