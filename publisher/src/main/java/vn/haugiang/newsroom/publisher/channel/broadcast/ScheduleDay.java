package vn.haugiang.newsroom.publisher.channel.broadcast;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.haugiang.newsroom.epg.EpgChannel;
import vn.haugiang.newsroom.epg.EpgProgramme;

/**
 * What one channel-day's files show: every slot on air at some instant of the local day, whole, by start (a
 * 23:30–00:30 bulletin belongs to both days).
 *
 * @param channel the broadcast channel
 * @param day     the local day, in {@code channel.zone()}
 * @param slots   the slots, by start
 */
record ScheduleDay(Channel channel, LocalDate day, List<AiredSlot> slots) {

    ScheduleDay {
        slots = List.copyOf(slots);
    }

    /**
     * A broadcast channel (table {@code broadcast_channel}).
     *
     * @param id       slug, also the XMLTV channel id and the first part of every key
     * @param unitId   the unit that schedules it
     * @param name     the name viewers see
     * @param timeZone local days are taken in it, {@code Asia/Ho_Chi_Minh}
     */
    record Channel(String id, String unitId, String name, String timeZone) {

        ZoneId zone() {
            return ZoneId.of(timeZone);
        }

        EpgChannel epg() {
            return new EpgChannel(id, name, "vi");
        }
    }

    /**
     * One slot.
     *
     * @param id        the slot id (iCalendar UIDs are made of it)
     * @param version   the slot's version
     * @param programme the slot as the EPG formats see it
     * @param item      the linked item when it is published, else {@code null}
     */
    record AiredSlot(UUID id, long version, EpgProgramme programme, @Nullable LinkedItem item) {
    }

    /**
     * A published item played in a slot (a livestream's announcement links to it).
     *
     * @param id       the item id
     * @param version  its version
     * @param headline its headline
     * @param url      its article page on the unit's web site, or {@code null} when the unit has no web channel
     */
    record LinkedItem(UUID id, long version, String headline, @Nullable String url) {
    }

    List<EpgProgramme> programmes() {
        return slots.stream().map(AiredSlot::programme).toList();
    }

    /**
     * A digest of everything the day's files are made of (and the render version), so a day whose digest did not
     * change need not be written again.
     *
     * @param renderVersion bumped when the files' layout changes, so every day is written again
     * @return lower-case hex SHA-256
     */
    String fingerprint(int renderVersion) {
        StringBuilder text = new StringBuilder().append(renderVersion).append('|').append(channel).append('|').append(day);
        for (AiredSlot slot : slots) {
            text.append('\n').append(slot.id()).append(':').append(slot.version()).append(':').append(slot.programme())
                    .append(':').append(slot.item());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
