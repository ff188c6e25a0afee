package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.publisher.delivery.ChannelKind;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * The text a social channel gets for an item: an editor's stored edit, or else the variant {@link SocialText}
 * prepares from the item, with the channel's limits.
 */
@Component
class SocialTexts {

    private final SocialSources sources;

    SocialTexts(SocialSources sources) {
        this.sources = sources;
    }

    /** What would be sent now: the edit (its title falling back to the prepared one), or the prepared text. */
    Variant current(SocialSources.SocialItem item, String channelId, ChannelKind kind, @Nullable URI link) {
        SocialText.ChannelText prepared = prepared(kind, item, link);
        Optional<SocialSources.TextEdit> edit = sources.edit(item.id(), channelId);
        return edit.map(e -> new Variant(e.title() != null ? e.title() : prepared.title(), e.text(), prepared.tags(),
                        true, e.editedBy(), e.updatedAt()))
                .orElseGet(() -> new Variant(prepared.title(), prepared.text(), prepared.tags(), false, null, null));
    }

    static SocialText.ChannelText prepared(ChannelKind kind, SocialSources.SocialItem item, @Nullable URI link) {
        return switch (kind) {
            case FACEBOOK -> SocialText.forFacebook(item.headline(), item.standfirst(), link, item.tags());
            case YOUTUBE -> SocialText.forYouTube(item.headline(), item.standfirst(), link, item.tags());
            case ZALO -> SocialText.forZalo(item.headline(), item.standfirst(), link, item.tags());
            case WEB -> throw new IllegalArgumentException("a web channel has no social text");
        };
    }

    /** The channel's limits, as the API answers them. */
    static Limits limits(ChannelKind kind) {
        return switch (kind) {
            case FACEBOOK -> new Limits(null, SocialText.FACEBOOK_MESSAGE_MAX - SocialPost.MARKER_RESERVE,
                    Limits.CHARACTERS, false);
            case YOUTUBE -> new Limits(SocialText.YOUTUBE_TITLE_MAX,
                    SocialText.YOUTUBE_DESCRIPTION_MAX_BYTES - SocialPost.MARKER_RESERVE, Limits.UTF8_BYTES, true);
            case ZALO -> new Limits(SocialText.ZALO_TITLE_MAX, SocialText.ZALO_DESCRIPTION_MAX, Limits.CHARACTERS,
                    false);
            case WEB -> throw new IllegalArgumentException("a web channel has no social text");
        };
    }

    /** The first limit an edit breaks, as (field, message), or empty when it fits. Text is taken in NFC. */
    static Optional<Violation> check(ChannelKind kind, @Nullable String title, String text) {
        Limits limits = limits(kind);
        String nfcText = VietnameseText.nfc(text);
        if (nfcText.isBlank()) {
            return Optional.of(new Violation("text", "must not be blank"));
        }
        int size = Limits.UTF8_BYTES.equals(limits.textUnit()) ? nfcText.getBytes(StandardCharsets.UTF_8).length
                : nfcText.length();
        if (size > limits.textMax()) {
            return Optional.of(new Violation("text", "is " + size + " " + limits.textUnit() + " long; "
                    + kind.code() + " allows at most " + limits.textMax()));
        }
        if (title != null) {
            if (limits.titleMax() == null) {
                return Optional.of(new Violation("title", kind.code() + " posts have no title"));
            }
            String nfcTitle = VietnameseText.nfc(title);
            if (nfcTitle.isBlank() || nfcTitle.length() > limits.titleMax()) {
                return Optional.of(new Violation("title", "must be 1 to " + limits.titleMax() + " characters, is "
                        + nfcTitle.length()));
            }
        }
        if (limits.noAngleBrackets() && (nfcText.matches("(?s).*[<>].*") || title != null && title.matches("(?s).*[<>].*"))) {
            return Optional.of(new Violation(title != null && title.matches("(?s).*[<>].*") ? "title" : "text",
                    "must not contain '<' or '>' (" + kind.code() + " refuses them)"));
        }
        return Optional.empty();
    }

    /**
     * The text of one channel for one item.
     *
     * @param title     title where the channel has one (YouTube, Zalo), else {@code null}
     * @param text      message (Facebook), description (YouTube, Zalo), without the marker the sender appends
     * @param tags      YouTube video tags (from the item's tags), empty elsewhere
     * @param edited    whether an editor stored this text
     * @param editedBy  who stored it
     * @param updatedAt when (UTC)
     */
    record Variant(@Nullable String title, String text, List<String> tags, boolean edited, @Nullable String editedBy,
            @Nullable Instant updatedAt) {
    }

    /**
     * @param titleMax        longest title in characters; {@code null} when the channel has no title
     * @param textMax         longest text, in {@code textUnit}, room for the marker already taken off
     * @param textUnit        {@code characters} (UTF-16, as the platforms count) or {@code utf8-bytes}
     * @param noAngleBrackets whether {@code <} and {@code >} are refused
     */
    record Limits(@Nullable Integer titleMax, int textMax, String textUnit, boolean noAngleBrackets) {
        static final String CHARACTERS = "characters";
        static final String UTF8_BYTES = "utf8-bytes";
    }

    record Violation(String field, String message) {
    }
}
