package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One post of one item version to one social channel, with its text already prepared for that channel (see
 * {@link SocialText}).
 *
 * <p>The {@link #marker()} is sent with the post (at the end of the Facebook message, the YouTube description,
 * the Zalo article body) so that {@link SocialChannelClient#reconcile} can tell whether a post whose outcome is
 * unknown was made. It is a hashtag of letters and digits only ({@code #hg3f9a1c2b7d4ev2}) because Facebook and
 * Zalo end a hashtag at the first other character, and a hashtag stays searchable in every channel's UI.
 *
 * @param itemId      the content item's id
 * @param itemVersion the item version this post publishes
 * @param title       title, for channels that have one (YouTube video title, Zalo article title); Facebook ignores it
 * @param text        the message (Facebook), description (YouTube) or description (Zalo), without the marker
 * @param link        the item's public URL, if it has one
 * @param media       a photo or video to post with the text, if any
 * @param tags        keywords (YouTube video tags); hashtags are already part of {@code text}
 * @param marker      the token that identifies this (item, version) in the channel, see {@link #markerFor}
 */
public record SocialPost(String itemId, long itemVersion, @Nullable String title, String text, @Nullable URI link,
        @Nullable Media media, List<String> tags, String marker) {

    /** Room the clients need after the prepared text for the marker and its separator (characters or bytes). */
    public static final int MARKER_RESERVE = 48;

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final int ID_CHARS = 12;

    public SocialPost {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        tags = List.copyOf(tags);
        Objects.requireNonNull(marker, "marker");
        if (!marker.matches("#[A-Za-z0-9]{3,40}")) {
            throw new IllegalArgumentException("marker must be '#' and 3 to 40 letters or digits: " + marker);
        }
    }

    /**
     * The marker for an item version: {@code #hg}, the first 12 letters or digits of the item id (lower case),
     * {@code v} and the version. Short enough not to distract readers; a different version gives a different
     * marker, so a correction is never mistaken for the post of the version before it.
     *
     * @param itemId  the item's id (a UUID, a number, ...)
     * @param version the item version
     * @return e.g. {@code #hg3f9a1c2b7d4ev2} for item {@code 3f9a1c2b-7d4e-...} version 2
     */
    public static String markerFor(String itemId, long version) {
        String id = NOT_ALNUM.matcher(itemId.toLowerCase(Locale.ROOT)).replaceAll("");
        return "#hg" + id.substring(0, Math.min(ID_CHARS, id.length())) + "v" + version;
    }

    /**
     * Whether a channel's text carries this post's marker as a whole hashtag: {@code #hgabcv1} is not found in a
     * text that only has {@code #hgabcv12}.
     *
     * @param channelText a post's message, a video's description, an article's content; may be {@code null}
     * @return true when the marker is there, not followed by another letter or digit
     */
    public boolean isMarkedIn(@Nullable String channelText) {
        if (channelText == null) {
            return false;
        }
        return Pattern.compile(Pattern.quote(marker) + "(?![\\p{L}\\p{N}_])").matcher(channelText).find();
    }

    /** A photo or a video sent with a post. */
    public enum MediaKind { PHOTO, VIDEO }

    /**
     * A photo or video: Facebook and Zalo fetch it from a public {@code url}; YouTube needs the bytes, so a
     * {@code file}.
     *
     * @param kind        photo or video
     * @param url         a public URL the channel can fetch, if any
     * @param file        a local file to upload, if any
     * @param contentType the file's MIME type ({@code video/mp4}); {@code null} means {@code video/*} or {@code image/*}
     */
    public record Media(MediaKind kind, @Nullable URI url, @Nullable Path file, @Nullable String contentType) {
        public Media {
            Objects.requireNonNull(kind, "kind");
            if (url == null && file == null) {
                throw new IllegalArgumentException("media needs a url or a file");
            }
        }

        /** A photo the channel fetches from {@code url}. */
        public static Media photo(URI url) {
            return new Media(MediaKind.PHOTO, url, null, null);
        }

        /** A video file to upload (YouTube), with a public URL for channels that fetch it (Facebook), if any. */
        public static Media video(Path file, @Nullable URI url, String contentType) {
            return new Media(MediaKind.VIDEO, url, file, contentType);
        }
    }
}
