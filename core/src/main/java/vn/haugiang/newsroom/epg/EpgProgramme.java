package vn.haugiang.newsroom.epg;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One programme slot of a channel: what is on air from {@code start} (inclusive) to {@code stop}
 * (exclusive), as the XMLTV DTD defines its {@code <programme>} element.
 *
 * <p>Times are instants; the zone they are shown in is the reader's or writer's (by default
 * {@code Asia/Ho_Chi_Minh}). A slot that crosses midnight is one slot, never two halves.
 *
 * <p>Text is stored NFC with whitespace runs collapsed to one space (XMLTV text must not hold newlines);
 * blank optional text becomes {@code null}.
 *
 * <p><b>Live broadcasts.</b> The XMLTV DTD has no "live" element (it has {@code <new/>}, {@code <premiere>},
 * {@code <previously-shown>}, none of which means live). {@code live} is written as
 * {@code <category lang="en">Live</category>}, the convention guide players (Jellyfin, Kodi's PVR add-ons)
 * look for, and read back from a category "Live" or "Trực tiếp" or from the non-standard {@code <live/>}
 * element some grabbers emit.
 *
 * @param channelId   the {@link EpgChannel#id()} of the channel; never blank
 * @param start       when the programme goes on air
 * @param stop        when it goes off air, after {@code start}; {@code null} only while a reader is still
 *                    normalising (everything a reader returns, and everything the writers and rules accept,
 *                    has a stop)
 * @param title       the title; never blank
 * @param lang        language of the title and texts (RFC 1766, {@code "vi"} for the broadcaster's own
 *                    programmes), or {@code null} when unknown
 * @param subTitle    episode title (XMLTV {@code <sub-title>}), or {@code null}
 * @param description synopsis (XMLTV {@code <desc>}), or {@code null}
 * @param category    genre (XMLTV {@code <category>}, the first one that is not the live marker), or {@code null}
 * @param rating      age rating value (XMLTV {@code <rating><value>}, e.g. {@code "T13"}), or {@code null}
 * @param live        broadcast live (see above)
 * @param repeatOf    the earlier showing this is a repeat of (XMLTV {@code <previously-shown>}), or {@code null}
 *                    when it is not known to be a repeat
 */
public record EpgProgramme(String channelId, Instant start, @Nullable Instant stop, String title,
        @Nullable String lang, @Nullable String subTitle, @Nullable String description, @Nullable String category,
        @Nullable String rating, boolean live, @Nullable RepeatOf repeatOf) {

    /**
     * Cleans the texts (NFC, whitespace runs, blank optionals to {@code null}) and checks the values.
     *
     * @throws IllegalArgumentException if the channel id or title is blank, or stop is not after start
     */
    public EpgProgramme {
        Objects.requireNonNull(channelId, "channelId");
        if (channelId.isBlank()) {
            throw new IllegalArgumentException("channelId must not be blank");
        }
        Objects.requireNonNull(start, "start");
        if (stop != null && !stop.isAfter(start)) {
            throw new IllegalArgumentException("stop " + stop + " must be after start " + start + " for '" + title + "'");
        }
        title = Text.required(title, "title");
        lang = Text.clean(lang);
        subTitle = Text.clean(subTitle);
        description = Text.clean(description);
        category = Text.clean(category);
        rating = Text.clean(rating);
    }

    /**
     * A slot with only the essentials.
     *
     * @param channelId the channel id
     * @param start     on air from
     * @param stop      off air at (exclusive)
     * @param title     the title
     * @param lang      the language, e.g. {@code "vi"}, or {@code null}
     * @return a programme with no sub-title, description, category, rating, not live, not a repeat
     */
    public static EpgProgramme of(String channelId, Instant start, @Nullable Instant stop, String title,
            @Nullable String lang) {
        return new EpgProgramme(channelId, start, stop, title, lang, null, null, null, null, false, null);
    }

    /**
     * @param newStop the stop, or {@code null}
     * @return a copy with this stop
     */
    public EpgProgramme withStop(@Nullable Instant newStop) {
        return new EpgProgramme(channelId, start, newStop, title, lang, subTitle, description, category, rating, live,
                repeatOf);
    }

    /**
     * @param newSubTitle    the episode title, or {@code null}
     * @param newDescription the synopsis, or {@code null}
     * @return a copy with these texts
     */
    public EpgProgramme withTexts(@Nullable String newSubTitle, @Nullable String newDescription) {
        return new EpgProgramme(channelId, start, stop, title, lang, newSubTitle, newDescription, category, rating,
                live, repeatOf);
    }

    /**
     * @param newCategory the genre, or {@code null}
     * @param newRating   the age rating, or {@code null}
     * @return a copy with this genre and rating
     */
    public EpgProgramme withCategory(@Nullable String newCategory, @Nullable String newRating) {
        return new EpgProgramme(channelId, start, stop, title, lang, subTitle, description, newCategory, newRating,
                live, repeatOf);
    }

    /**
     * @param newLive whether it is broadcast live
     * @return a copy with this live flag
     */
    public EpgProgramme withLive(boolean newLive) {
        return new EpgProgramme(channelId, start, stop, title, lang, subTitle, description, category, rating, newLive,
                repeatOf);
    }

    /**
     * @param newRepeatOf the earlier showing, or {@code null}: not known to be a repeat
     * @return a copy marked as a repeat of this showing
     */
    public EpgProgramme withRepeatOf(@Nullable RepeatOf newRepeatOf) {
        return new EpgProgramme(channelId, start, stop, title, lang, subTitle, description, category, rating, live,
                newRepeatOf);
    }

    /**
     * The stop, for code that only handles normalised programmes.
     *
     * @return the stop
     * @throws IllegalStateException if the programme has no stop yet
     */
    public Instant requireStop() {
        if (stop == null) {
            throw new IllegalStateException("programme '" + title + "' at " + start + " on " + channelId + " has no stop");
        }
        return stop;
    }

    /** @return the length of the slot, {@code stop - start} */
    public Duration duration() {
        return Duration.between(start, requireStop());
    }

    /**
     * Whether the two slots share an instant; half-open intervals, so back-to-back slots do not overlap.
     * Channels are not compared.
     *
     * @param other another normalised programme
     * @return {@code true} if {@code start < other.stop && other.start < stop}
     */
    public boolean overlaps(EpgProgramme other) {
        return start.isBefore(other.requireStop()) && other.start.isBefore(requireStop());
    }

    /**
     * An earlier showing (XMLTV {@code <previously-shown channel start>}); both parts are optional there.
     *
     * @param channelId the channel it was shown on, or {@code null} if unknown
     * @param start     when it was shown, or {@code null} if unknown
     */
    public record RepeatOf(@Nullable String channelId, @Nullable Instant start) {
    }
}
