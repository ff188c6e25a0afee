package vn.haugiang.newsroom.text;

import vn.haugiang.newsroom.text.LegacyConversion.Encoding;

/**
 * The input read in one encoding.
 *
 * @param encoding the encoding
 * @param text     the decoded text, NFC; characters that did not map are kept as they were
 * @param unmapped how many input characters (or bytes) have no meaning in the encoding
 * @param unmappedSample a few of them, distinct, for the review reason
 * @param score    how Vietnamese {@code text} reads
 */
record Reading(Encoding encoding, String text, int unmapped, String unmappedSample, TextScore score) {

    static Reading of(Encoding encoding, String text, int unmapped, String unmappedSample) {
        String nfc = VietnameseText.nfc(text);
        return new Reading(encoding, nfc, unmapped, unmappedSample, TextScore.of(nfc));
    }

    /** Every character mapped and the result reads as Vietnamese: safe to convert. */
    boolean clean() {
        return unmapped == 0 && score.readsAsVietnamese();
    }

    /** Looks like this encoding, but not cleanly: keep the input and ask a human. */
    boolean suggestive() {
        return score.partlyVietnamese(unmapped);
    }

    /** Better evidence first: more Vietnamese syllables, then fewer misfits. */
    int compareEvidence(Reading other) {
        int byValid = Integer.compare(other.score.valid(), score.valid());
        return byValid != 0 ? byValid : Integer.compare(misfits(), other.misfits());
    }

    int misfits() {
        return unmapped + score.invalid().size();
    }

    /** What did not fit, in words, for {@link LegacyConversion#reason()}. */
    String problems() {
        StringBuilder sb = new StringBuilder();
        if (unmapped > 0) {
            sb.append(unmapped).append(unmapped == 1 ? " character has" : " characters have")
                    .append(" no ").append(encoding).append(" meaning (").append(unmappedSample).append(')');
        }
        int invalid = score.invalid().size();
        if (invalid > 0) {
            sb.append(sb.isEmpty() ? "" : " and ").append(invalid)
                    .append(invalid == 1 ? " word is not a Vietnamese syllable (" : " words are not Vietnamese syllables (")
                    .append(String.join(", ", score.invalid().subList(0, Math.min(5, invalid)))).append(')');
        }
        if (sb.isEmpty()) {
            sb.append("too few Vietnamese words to be sure (").append(score.valid()).append(" of ")
                    .append(score.words()).append(')');
        }
        return sb.toString();
    }
}
