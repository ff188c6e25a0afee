package vn.haugiang.newsroom.cms.content;

/** Numbered variants of a slug, kept within the slug's maximum length. */
final class Slugs {

    private Slugs() {
    }

    /** {@code numbered("tin-moi", 2)} is {@code "tin-moi-2"}; the base is cut so the result fits. */
    static String numbered(String base, int n) {
        String suffix = "-" + n;
        String cut = base.length() + suffix.length() > DraftNormalizer.SLUG_MAX
                ? base.substring(0, DraftNormalizer.SLUG_MAX - suffix.length()).replaceAll("-+$", "")
                : base;
        return cut + suffix;
    }
}
