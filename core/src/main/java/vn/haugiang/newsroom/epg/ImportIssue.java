package vn.haugiang.newsroom.epg;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Something a reader did not take as it was: a fix it made to an imported programme, a programme or line it
 * refused, or a note about a channel.
 *
 * <p>Each refused programme (or schedule line) has exactly one {@link Outcome#REFUSED} issue; each fixed
 * programme has one or more {@link Outcome#FIXED} issues, all with that programme's channel and final start
 * (unique per channel among imported programmes). A refused programme's fixes are not reported, only its
 * refusal. See {@link ImportSummary} for the counts.
 *
 * @param kind      what happened
 * @param channelId the channel concerned, or {@code null} if the input did not say
 * @param start     the programme's start as imported (after any fix), or {@code null} if it could not be read
 * @param title     the programme's title (or the channel's name), or {@code null} if there was none
 * @param message   for people: what was wrong and what was done, with the input line number
 */
public record ImportIssue(Kind kind, @Nullable String channelId, @Nullable Instant start, @Nullable String title,
        String message) {

    /** Checks that kind and message are there. */
    public ImportIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** What a reader did about an issue. */
    public enum Outcome {
        /** The programme was imported with a change, described in the message. */
        FIXED,
        /** The programme or line was not imported. */
        REFUSED,
        /** About a channel, not a programme; counted neither as fixed nor as refused. */
        NOTED
    }

    /** The kinds of issue, each with its {@link Outcome}. */
    public enum Kind {
        /** A time had no UTC offset; the reader's configured zone was assumed. */
        ASSUMED_ZONE(Outcome.FIXED),
        /** A time had a zone abbreviation ({@code BST}, {@code ICT}, ...) that was read as a fixed offset. */
        ZONE_ABBREVIATION(Outcome.FIXED),
        /** No stop: the start of the next programme of the channel was used. */
        STOP_FROM_NEXT_START(Outcome.FIXED),
        /** No stop and no next programme: start plus the XMLTV {@code <length>} was used. */
        STOP_FROM_LENGTH(Outcome.FIXED),
        /** Last line of a daily schedule: the stop is the next day's first start. */
        STOP_FROM_NEXT_DAY(Outcome.FIXED),
        /** Last line of a daily schedule: the stop is the end of the broadcast day. */
        STOP_AT_DAY_END(Outcome.FIXED),
        /** A part of the programme that could not be read was left out (the message says which). */
        PART_DROPPED(Outcome.FIXED),
        /** A byte order mark before the first line was removed. */
        BOM_STRIPPED(Outcome.FIXED),
        /** Carriage returns that were not part of a CRLF line end were removed from the line. */
        CR_STRIPPED(Outcome.FIXED),

        /** A required attribute ({@code channel}, {@code start}) was missing. */
        MISSING_ATTRIBUTE(Outcome.REFUSED),
        /** No title, or a blank one. */
        MISSING_TITLE(Outcome.REFUSED),
        /** A time that is not an XMLTV time ({@code YYYYMMDDhhmm[ss] [±hhmm]}) or not an {@code H:MM} time. */
        UNPARSEABLE_TIME(Outcome.REFUSED),
        /** The stop is at or before the start. */
        STOP_NOT_AFTER_START(Outcome.REFUSED),
        /**
         * The programme starts while the previous programme of its channel (in start order; for equal starts,
         * in input order) is still on air; the earlier one is kept.
         */
        OVERLAP(Outcome.REFUSED),
        /** A daily schedule line whose time goes back less than 12 hours: not a midnight crossing. */
        OUT_OF_ORDER(Outcome.REFUSED),
        /** The last programme of a channel, with no stop and nothing to take one from. */
        NO_STOP(Outcome.REFUSED),

        /** A {@code <channel>} came after {@code <programme>} elements (the DTD puts channels first); kept. */
        CHANNEL_AFTER_PROGRAMMES(Outcome.NOTED),
        /** A second {@code <channel>} with an id already seen; the first is kept. */
        DUPLICATE_CHANNEL(Outcome.NOTED),
        /** A {@code <channel>} without a display name; its id is used as its name. */
        CHANNEL_WITHOUT_NAME(Outcome.NOTED);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }

        /** @return what the reader did about this kind of issue */
        public Outcome outcome() {
            return outcome;
        }
    }
}
