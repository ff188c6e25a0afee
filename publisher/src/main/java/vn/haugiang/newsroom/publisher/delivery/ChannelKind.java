package vn.haugiang.newsroom.publisher.delivery;

import java.util.Locale;

/** What an output channel is; stored as its lower-case {@link #code()}. */
public enum ChannelKind {
    WEB, FACEBOOK, YOUTUBE, ZALO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChannelKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
