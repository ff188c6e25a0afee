package vn.haugiang.newsroom.publisher.channel.social;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Per-channel text variants of an item, within each channel's documented limits. The delivery model stores them
 * so editors can change them before publishing; the clients send what they are given.
 *
 * <p>Limits: Facebook post message 63,206 characters; YouTube title ≤ 100 characters and description ≤ 5,000
 * bytes, no {@code <} or {@code >}, tags ≤ 500 characters in all
 * (<a href="https://developers.google.com/youtube/v3/docs/videos#resource">videos resource</a>); Zalo article
 * title ≤ 150 and description ≤ 300 characters. Every text leaves {@link SocialPost#MARKER_RESERVE} for the
 * marker the client appends. Text is NFC first; cuts fall on a word boundary with an ellipsis, and never inside
 * a grapheme (a base letter and its combining marks stay together even in NFD leftovers).
 */
public final class SocialText {

    static final int FACEBOOK_MESSAGE_MAX = 63_206;
    static final int YOUTUBE_TITLE_MAX = 100;
    static final int YOUTUBE_DESCRIPTION_MAX_BYTES = 5_000;
    static final int YOUTUBE_TAGS_MAX = 500;
    static final int ZALO_TITLE_MAX = 150;
    static final int ZALO_DESCRIPTION_MAX = 300;

    private static final String ELLIPSIS = "…";

    private SocialText() {
    }

    /**
     * Text of one channel.
     *
     * @param title a title where the channel has one, else {@code null}
     * @param text  the message or description, without the marker
     * @param tags  keywords for the channel's tag field (YouTube), empty elsewhere
     */
    public record ChannelText(@Nullable String title, String text, List<String> tags) {
        public ChannelText {
            tags = List.copyOf(tags);
        }
    }

    /** Facebook: headline, standfirst, hashtags; the link goes as the post's {@code link} and in the text. */
    public static ChannelText forFacebook(String headline, @Nullable String standfirst, @Nullable URI link,
            List<String> tags) {
        String tail = joinNonBlank(String.join(" ", hashtags(tags)), link == null ? "" : link.toString());
        int room = FACEBOOK_MESSAGE_MAX - SocialPost.MARKER_RESERVE - tail.length() - 2;
        return new ChannelText(null, joinNonBlank(cut(joinNonBlank(headline, nullToEmpty(standfirst)), room), tail),
                List.of());
    }

    /** YouTube: title from the headline; description of standfirst, link and hashtags; tags as video tags. */
    public static ChannelText forYouTube(String headline, @Nullable String standfirst, @Nullable URI link,
            List<String> tags) {
        String title = cut(noAngles(headline), YOUTUBE_TITLE_MAX);
        String tail = joinNonBlank(link == null ? "" : link.toString(), String.join(" ", hashtags(tags)));
        int room = YOUTUBE_DESCRIPTION_MAX_BYTES - SocialPost.MARKER_RESERVE - utf8(tail) - 2;
        String description = joinNonBlank(cutUtf8(noAngles(nullToEmpty(standfirst)), room), tail);
        List<String> videoTags = new ArrayList<>();
        int used = 0;
        for (String tag : tags) {
            String clean = noAngles(VietnameseText.nfc(tag).strip());
            // YouTube counts a tag with a space as if quoted, plus a comma between tags.
            int cost = clean.length() + (clean.contains(" ") ? 2 : 0) + (videoTags.isEmpty() ? 0 : 1);
            if (!clean.isEmpty() && used + cost <= YOUTUBE_TAGS_MAX) {
                videoTags.add(clean);
                used += cost;
            }
        }
        return new ChannelText(title, description, videoTags);
    }

    /** Zalo article: title from the headline, description from the standfirst (hashtags if room is left). */
    public static ChannelText forZalo(String headline, @Nullable String standfirst, @Nullable URI link,
            List<String> tags) {
        String title = cut(headline, ZALO_TITLE_MAX);
        String description = cut(nullToEmpty(standfirst), ZALO_DESCRIPTION_MAX);
        String withTags = joinNonBlank(description, String.join(" ", hashtags(tags)));
        return new ChannelText(title, withTags.length() <= ZALO_DESCRIPTION_MAX ? withTags : description, List.of());
    }

    /**
     * Hashtags from tags: diacritics folded ({@code "Hậu Giang"} → {@code #haugiang}) because hashtags with
     * Vietnamese marks are split or not linked by some clients; duplicates and empty ones dropped.
     */
    public static List<String> hashtags(List<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            String word = VietnameseText.fold(tag).replaceAll("[^a-z0-9]", "");
            if (!word.isEmpty()) {
                result.add("#" + word.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(result);
    }

    /** {@code text} in NFC, cut to at most {@code max} UTF-16 characters (see the class comment for how). */
    public static String cut(String text, int max) {
        return cut(text, max, String::length);
    }

    /** {@code text} in NFC, cut to at most {@code maxBytes} bytes of UTF-8. */
    public static String cutUtf8(String text, int maxBytes) {
        return cut(text, maxBytes, SocialText::utf8);
    }

    private static String cut(String text, int max, ToIntFunction<String> size) {
        String nfc = VietnameseText.nfc(text).strip();
        if (size.applyAsInt(nfc) <= max) {
            return nfc;
        }
        if (max <= size.applyAsInt(ELLIPSIS)) {
            return "";
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(nfc);
        int budget = max - size.applyAsInt(ELLIPSIS);
        int fit = 0;
        int used = 0;
        // Both measures are additive over graphemes, so one pass with a running total.
        for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
            used += size.applyAsInt(nfc.substring(fit, end));
            if (used > budget) {
                break;
            }
            fit = end;
        }
        // Prefer the last space inside what fits; a single over-long word is cut at a grapheme boundary.
        int space = lastWhitespace(nfc, fit);
        int cutAt = space > 0 ? space : fit;
        return nfc.substring(0, cutAt).stripTrailing() + ELLIPSIS;
    }

    private static int lastWhitespace(String text, int before) {
        for (int i = before; i > 0; i--) {
            if (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String noAngles(String text) {
        // The YouTube API rejects '<' and '>' in titles and descriptions.
        return text.replace('<', '‹').replace('>', '›');
    }

    private static String joinNonBlank(String first, String second) {
        if (first.isBlank()) {
            return second.strip();
        }
        return second.isBlank() ? first.strip() : first.strip() + "\n\n" + second.strip();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
