package vn.haugiang.newsroom.cms.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import vn.haugiang.newsroom.model.ContentType;
import vn.haugiang.newsroom.text.VietnameseText;

/**
 * Reads a valid ninjs 2.x or 3.x item (2.x spells properties in lower case, 3.x in camel case;
 * both are read) into a {@link MappedItem}:
 * <ul>
 * <li>headline: the {@code headlines} entry with role {@code main}, else the first;</li>
 * <li>body: the {@code bodies} entry with content type {@code text/html}, else the one with
 * {@code text/plain} (or none), its paragraphs (split at blank lines) escaped and wrapped in {@code <p>};</li>
 * <li>standfirst: the first {@code descriptions} entry; byline: {@code by};</li>
 * <li>type: {@code text} (or absent) → article, {@code picture} → photo story, {@code video} → video clip,
 * {@code audio} → audio clip; any {@code genres} entry naming a programme genre ({@code literal},
 * {@code name} or the last segment of {@code uri}) makes it a programme segment of that genre;</li>
 * <li>unit: the unit whose name equals {@code copyrightHolder}, NFC and case-insensitive;</li>
 * <li>column and plan tasks: {@code subjects} whose {@code uri} starts with {@code urn:column:} or
 * {@code urn:attt-plan:};</li>
 * <li>media: {@code renditions} whose {@code href} is a relative path inside the bundle.</li>
 * </ul>
 */
public final class NinjsMapper {

    /** Genres of programme segments (see {@code ItemDraft#genre}). */
    static final Set<String> PROGRAMME_GENRES = Set.of("report", "talk_show", "interview", "film", "song",
            "contest", "livestream");
    static final String COLUMN_PREFIX = "urn:column:";
    static final String PLAN_PREFIX = "urn:attt-plan:";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    private static final int HEADLINE_SLUG_LENGTH = 100;

    private final Map<String, String> unitIdsByName;

    /** @param unitNamesById every unit's name by its id */
    public NinjsMapper(Map<String, String> unitNamesById) {
        this.unitIdsByName = unitNamesById.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> key(e.getValue()), Map.Entry::getKey));
    }

    /**
     * Maps a valid item.
     *
     * @throws NinjsMappingException when it has no headline, names no known unit, or has a type
     *     this CMS has no content type for
     */
    public MappedItem map(JsonNode item) {
        String uri = item.path("uri").asText("");
        String headline = pick(item.path("headlines"), e -> "main".equals(e.path("role").asText(null)), true);
        if (headline == null || headline.isBlank()) {
            throw new NinjsMappingException("has no headline");
        }
        String holder = text(item, "copyrightHolder");
        String unitId = holder == null ? null : unitIdsByName.get(key(holder));
        if (unitId == null) {
            throw new NinjsMappingException("copyrightHolder '" + holder + "' is not the name of a unit");
        }
        String genre = programmeGenre(item.path("genres"));
        ContentType type = genre != null ? ContentType.PROGRAMME_SEGMENT : typeOf(item.path("type").asText("text"));
        String columnSlug = null;
        String columnName = null;
        var planTasks = new LinkedHashSet<String>();
        for (JsonNode subject : item.path("subjects")) {
            String subjectUri = subject.path("uri").asText("");
            if (subjectUri.startsWith(COLUMN_PREFIX) && columnSlug == null) {
                columnSlug = subjectUri.substring(COLUMN_PREFIX.length());
                columnName = subject.path("name").asText(null);
            } else if (subjectUri.startsWith(PLAN_PREFIX)) {
                planTasks.add(VietnameseText.nfc(subjectUri.substring(PLAN_PREFIX.length())));
            }
        }
        String language = item.path("language").asText(null);
        return new MappedItem(uri, unitId, type, genre, VietnameseText.nfc(headline.strip()),
                pick(item.path("descriptions"), e -> true, true), body(item.path("bodies")), item.path("by").asText(null),
                columnSlug, columnName, List.copyOf(planTasks), mediaPaths(item.path("renditions")),
                instant(text(item, "firstCreated")), language != null && LANGUAGE.matcher(language).matches() ? language : null,
                VietnameseText.slug(headline, HEADLINE_SLUG_LENGTH) + "-" + uriKey(uri));
    }

    /** Ten hex digits of the SHA-256 of a ninjs uri: the suffix that finds an imported item again. */
    public static String uriKey(String uri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static ContentType typeOf(String ninjsType) {
        return switch (ninjsType) {
            case "text" -> ContentType.ARTICLE;
            case "picture" -> ContentType.PHOTO_STORY;
            case "video" -> ContentType.VIDEO_CLIP;
            case "audio" -> ContentType.AUDIO_CLIP;
            default -> throw new NinjsMappingException("ninjs type '" + ninjsType + "' has no content type here"
                    + " (text, picture, video and audio have)");
        };
    }

    private static @Nullable String programmeGenre(JsonNode genres) {
        for (JsonNode genre : genres) {
            String uri = genre.path("uri").asText("");
            for (String candidate : new String[] {genre.path("literal").asText(""), genre.path("name").asText(""),
                    uri.substring(Math.max(uri.lastIndexOf(':'), uri.lastIndexOf('/')) + 1)}) {
                String code = candidate.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                if (PROGRAMME_GENRES.contains(code)) {
                    return code;
                }
            }
        }
        return null;
    }

    private static String body(JsonNode bodies) {
        String html = pick(bodies, e -> "text/html".equals(text(e, "contentType")), false);
        if (html != null) {
            return html;
        }
        String plain = pick(bodies, e -> text(e, "contentType") == null || "text/plain".equals(text(e, "contentType")), false);
        if (plain == null) {
            return "";
        }
        return BLANK_LINES.splitAsStream(plain.strip()).filter(p -> !p.isBlank())
                .map(p -> "<p>" + escape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    private static List<String> mediaPaths(JsonNode renditions) {
        var paths = new LinkedHashSet<String>();
        for (JsonNode rendition : renditions) {
            String href = rendition.path("href").asText("");
            if (!href.isEmpty() && !SCHEME.matcher(href).find() && !href.startsWith("/")) {
                paths.add(href);
            }
        }
        return List.copyOf(paths);
    }

    /** The value of the first entry matching {@code wanted}, else (when {@code orFirst}) of the first entry. */
    private static @Nullable String pick(JsonNode entries, Predicate<JsonNode> wanted, boolean orFirst) {
        JsonNode chosen = orFirst ? entries.path(0) : null;
        for (JsonNode entry : entries) {
            if (wanted.test(entry)) {
                chosen = entry;
                break;
            }
        }
        return chosen == null || !chosen.path("value").isTextual() ? null : chosen.path("value").asText();
    }

    /** A property as 3.x spells it ({@code firstCreated}) or as 2.x does ({@code firstcreated}). */
    private static @Nullable String text(JsonNode node, String camelCase) {
        JsonNode value = node.has(camelCase) ? node.get(camelCase) : node.path(camelCase.toLowerCase(Locale.ROOT));
        return value.isTextual() ? value.asText() : null;
    }

    private static @Nullable Instant instant(@Nullable String dateTime) {
        try {
            return dateTime == null ? null : OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new NinjsMappingException("firstCreated '" + dateTime + "' is not a date-time with an offset");
        }
    }

    private static String key(String name) {
        return VietnameseText.nfc(name.strip()).toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
