package vn.haugiang.newsroom.publisher.delivery;

import java.util.Arrays;
import java.util.Locale;

/** What an output channel is; stored as its lower-case {@link #code()}. */
public enum ChannelKind {
    /** A unit's web site: pages written to fixed keys of the {@code site} bucket. */
    WEB(true),
    FACEBOOK(false),
    YOUTUBE(false),
    ZALO(false);

    private final boolean repeatable;

    ChannelKind(boolean repeatable) {
        this.repeatable = repeatable;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether sending the same delivery twice leaves the same result as sending it once. A web page
     * is one PutObject of the whole page to a fixed key, so it is; a social post is not (a second call
     * makes a second post). A delivery of a repeatable kind whose lease ran out is simply due again;
     * one of any other kind becomes {@code unknown} and waits for a reconcile.
     */
    public boolean repeatable() {
        return repeatable;
    }

    public static ChannelKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    static String[] repeatableCodes() {
        return Arrays.stream(values()).filter(ChannelKind::repeatable).map(ChannelKind::code).toArray(String[]::new);
    }
}
