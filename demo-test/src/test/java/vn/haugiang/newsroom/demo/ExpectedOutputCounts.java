package vn.haugiang.newsroom.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output counts a bundle must produce, computed from its files alone with the rules of issue #8
 * and {@code docs/bundle-format.md} — never from what the apps answer:
 * <ul>
 * <li>an item goes to the channels {@code bundle.json} lists for it (else the defaults', else its
 * column's default channels); each web or social channel is one output of the item, at its ninjs
 * {@code firstCreated} when archived, else now (when the demo publishes it); broadcast channels
 * named by items are not outputs (broadcast goes through schedules);</li>
 * <li>every slot of a schedule day file whose end has passed is one broadcast output of that
 * channel, linked to no item (content type and plan task null, 0 items);</li>
 * <li>unit = the unit's name ({@code copyrightHolder}); content type from {@code type}, refined by
 * programme {@code genres}; plan tasks = {@code urn:attt-plan:} subjects (an item with two codes is
 * counted under each, one with none under null); reporting year = the year of the 30 November that
 * closes the period (1 December – 30 November, Asia/Ho_Chi_Minh) in which the output happened.</li>
 * </ul>
 */
final class ExpectedOutputCounts {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> WEB = Set.of("web");
    private static final Set<String> SOCIAL = Set.of("facebook", "youtube", "zalo");
    private static final Set<String> BROADCAST = Set.of("tv", "radio", "loudspeaker");
    private static final Set<String> PROGRAMME_GENRES = Set.of("report", "talk_show", "interview", "film", "song",
            "contest", "livestream");
    private static final Pattern DAY_FILE = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2})\\.txt");
    private static final Pattern DAY_LINE = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s+(.*\\S)\\s*");
    private static final JsonMapper JSON = JsonMapper.shared();

    /** One row of {@code output-counts.json}. */
    record Row(String unit, String channelKind, String channel, @Nullable String contentType,
            @Nullable String planTask, int reportingYear, long outputs, long items) {
    }

    private record Key(String unit, String channelKind, String channel, @Nullable String contentType,
            @Nullable String planTask, int reportingYear) {
    }

    private final Map<Key, long[]> outputs = new HashMap<>();
    private final Map<Key, Set<String>> items = new HashMap<>();

    private ExpectedOutputCounts() {
    }

    /**
     * @param bundle a bundle whose items are all valid (the caller checks the import refused none)
     * @param now when the demo published the bundle's new items
     */
    static List<Row> of(Path bundle, Instant now) throws IOException {
        var counts = new ExpectedOutputCounts();
        JsonNode manifest = Files.exists(bundle.resolve("bundle.json"))
                ? JSON.readTree(bundle.resolve("bundle.json").toFile()) : JSON.createObjectNode();
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> channelUnits = new HashMap<>();
        for (JsonNode channel : manifest.path("channels")) {
            kinds.put(channel.path("id").asString(), channel.path("kind").asString());
            channelUnits.put(channel.path("id").asString(), channel.path("unit").asString());
        }
        Map<String, String> unitNames = new HashMap<>();
        try (Stream<Path> files = Files.list(bundle.resolve("items"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                counts.item(manifest, file, JSON.readTree(file.toFile()), kinds, channelUnits, unitNames, now);
            }
        }
        Path schedules = bundle.resolve("schedule");
        if (Files.isDirectory(schedules)) {
            try (Stream<Path> files = Files.list(schedules)) {
                for (Path file : files.sorted().toList()) {
                    counts.schedule(file, kinds, channelUnits, unitNames, now);
                }
            }
        }
        return counts.rows();
    }

    private void item(JsonNode manifest, Path file, JsonNode item, Map<String, String> kinds,
            Map<String, String> channelUnits, Map<String, String> unitNames, Instant now) {
        String name = file.getFileName().toString();
        JsonNode settings = manifest.path("items").path(name);
        JsonNode defaults = manifest.path("defaults");
        List<String> channels = strings(settings.has("channels") ? settings.path("channels")
                : defaults.has("channels") ? defaults.path("channels") : columnDefaults(manifest, item));
        String unit = nfc(text(item, "copyrightHolder", "copyrightholder"));
        boolean archived = settings.has("archive") ? settings.path("archive").asBoolean() : defaults.path("archive").asBoolean(false);
        String firstCreated = text(item, "firstCreated", "firstcreated");
        Instant at = archived && firstCreated != null ? OffsetDateTime.parse(firstCreated).toInstant() : now;
        String type = contentType(item);
        List<@Nullable String> tasks = planTasks(item);
        for (String channel : channels) {
            String kind = kindOf(channel, kinds);
            channelUnits.computeIfPresent(channel, (id, unitId) -> {
                unitNames.putIfAbsent(unitId, unit);
                return unitId;
            });
            if (BROADCAST.contains(kind)) {
                continue;
            }
            for (String task : tasks) {
                add(new Key(unit, WEB.contains(kind) ? "web" : "social", channel, type, task, reportingYear(at)), name);
            }
        }
    }

    /** A day file's slots whose end has passed, by DailyScheduleReader's documented rules, read here anew. */
    private void schedule(Path file, Map<String, String> kinds, Map<String, String> channelUnits,
            Map<String, String> unitNames, Instant now) throws IOException {
        Matcher name = DAY_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalStateException("this test counts day files <channel>-YYYY-MM-DD.txt only, not " + file);
        }
        String channel = name.group(1);
        if (!BROADCAST.contains(kindOf(channel, kinds))) {
            throw new IllegalStateException(file + " is for " + channel + ", which is not a broadcast channel");
        }
        String unit = unitNames.get(channelUnits.get(channel));
        if (unit == null) {
            throw new IllegalStateException("no item names a channel of the unit of " + channel + ": its name is unknown");
        }
        LocalDate day = LocalDate.parse(name.group(2));
        List<ZonedDateTime> starts = new ArrayList<>();
        boolean crossedMidnight = false;
        for (String line : Files.readString(file, StandardCharsets.UTF_8).replace("\r", "").split("\n")) {
            Matcher m = DAY_LINE.matcher(line);
            if (line.isBlank() || !m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
                continue; // blank, or refused by the reader: no slot
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            ZonedDateTime start = ZonedDateTime.of(crossedMidnight ? day.plusDays(1) : day, time, ZONE);
            if (!starts.isEmpty()) {
                ZonedDateTime previous = starts.get(starts.size() - 1);
                if (!start.isAfter(previous)) {
                    int earlierBy = previous.toLocalTime().toSecondOfDay() - time.toSecondOfDay();
                    if (crossedMidnight || earlierBy < 12 * 3600) {
                        continue; // same time, or out of order: refused
                    }
                    crossedMidnight = true;
                    start = start.plusDays(1);
                }
            }
            starts.add(start);
        }
        for (int i = 0; i < starts.size(); i++) {
            ZonedDateTime stop = i + 1 < starts.size() ? starts.get(i + 1) : day.plusDays(1).atStartOfDay(ZONE);
            if (!stop.toInstant().isAfter(now)) {
                add(new Key(unit, "broadcast", channel, null, null, reportingYear(starts.get(i).toInstant())), null);
            }
        }
    }

    private void add(Key key, @Nullable String item) {
        outputs.computeIfAbsent(key, k -> new long[1])[0]++;
        Set<String> distinct = items.computeIfAbsent(key, k -> new HashSet<>());
        if (item != null) {
            distinct.add(item);
        }
    }

    private List<Row> rows() {
        var rows = new ArrayList<Row>();
        outputs.forEach((k, n) -> rows.add(new Row(k.unit(), k.channelKind(), k.channel(), k.contentType(), k.planTask(),
                k.reportingYear(), n[0], items.get(k).size())));
        return rows;
    }

    /** The year of the 30 November that closes the reporting period of {@code at} (December counts in the next). */
    static int reportingYear(Instant at) {
        LocalDate day = at.atZone(ZONE).toLocalDate();
        return day.getMonthValue() == 12 ? day.getYear() + 1 : day.getYear();
    }

    private static String kindOf(String channel, Map<String, String> kinds) {
        String kind = kinds.get(channel);
        if (kind != null) {
            return kind;
        }
        if (WEB.contains(channel) || SOCIAL.contains(channel) || BROADCAST.contains(channel)) {
            return channel;
        }
        throw new IllegalStateException("channel " + channel + " is declared nowhere and its id names no kind");
    }

    private static JsonNode columnDefaults(JsonNode manifest, JsonNode item) {
        for (JsonNode subject : item.path("subjects")) {
            String uri = subject.path("uri").asString("");
            if (uri.startsWith("urn:column:")) {
                for (JsonNode column : manifest.path("columns")) {
                    if (column.path("slug").asString().equals(uri.substring("urn:column:".length()))) {
                        return column.path("defaultChannels");
                    }
                }
            }
        }
        return JSON.createArrayNode();
    }

    private static String contentType(JsonNode item) {
        for (JsonNode genre : item.path("genres")) {
            for (String field : List.of("literal", "name", "uri")) {
                String value = genre.path(field).asString("");
                String last = value.substring(Math.max(value.lastIndexOf(':'), value.lastIndexOf('/')) + 1);
                String normal = last.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
                if (PROGRAMME_GENRES.contains(normal)) {
                    return "programme_segment";
                }
            }
        }
        return switch (item.path("type").asString("text")) {
            case "text" -> "article";
            case "picture" -> "photo_story";
            case "video" -> "video_clip";
            case "audio" -> "audio_clip";
            default -> throw new IllegalStateException("unexpected ninjs type " + item.path("type"));
        };
    }

    private static List<@Nullable String> planTasks(JsonNode item) {
        var codes = new LinkedHashSet<String>();
        for (JsonNode subject : item.path("subjects")) {
            String uri = subject.path("uri").asString("");
            if (uri.startsWith("urn:attt-plan:")) {
                codes.add(nfc(uri.substring("urn:attt-plan:".length())));
            }
        }
        List<@Nullable String> tasks = new ArrayList<>(codes);
        if (tasks.isEmpty()) {
            tasks.add(null);
        }
        return tasks;
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static @Nullable String text(JsonNode item, String camel, String lower) {
        JsonNode node = item.has(camel) ? item.path(camel) : item.path(lower);
        return node.isString() ? node.asString() : null;
    }

    private static String nfc(@Nullable String text) {
        if (text == null) {
            throw new IllegalStateException("an item without copyrightHolder has no unit");
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Rows by their key, for messages that are easy to compare. */
    static Map<String, Row> byKey(List<Row> rows) {
        var map = new TreeMap<String, Row>();
        rows.forEach(r -> map.put(r.reportingYear() + " " + r.unit() + " " + r.channelKind() + " " + r.channel() + " "
                + r.contentType() + " " + r.planTask(), r));
        return map;
    }
}
