package vn.haugiang.newsroom.cms.media;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which items use a medium: as featured media ({@code item.featured_media}) or in the body, in an
 * element that loads or links it ({@code <img src>}, {@code srcset}, {@code <source>},
 * {@code <video poster>}, {@code <a href>}). Every key contains the medium's id and an id never
 * needs URL-encoding, so matching the id finds the key, its renditions and its public URL alike.
 *
 * <p>Reads the {@code item} table directly rather than through the content capability: content must
 * not depend on media, and media only needs these two columns.
 */
@Component
class MediaReferences {

    private static final String LOADING_ATTRIBUTES = "[src], [srcset], [poster], [href]";

    private final JdbcClient jdbc;

    MediaReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the items that use {@code mediaId}; empty when it may be deleted. */
    List<UUID> itemsUsing(UUID mediaId) {
        String id = mediaId.toString();
        // The database narrows (the id anywhere in the body); the HTML parser confirms it is in an
        // attribute that loads the medium, not in prose.
        return jdbc.sql("""
                SELECT id, featured_media = :media AS featured, body FROM item
                WHERE featured_media = :media OR strpos(lower(body), :id) > 0
                ORDER BY id
                """)
                .param("media", mediaId).param("id", id)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getBoolean("featured"), rs.getString("body")))
                .list().stream()
                .filter(item -> item.featured() || loads(item.body(), id))
                .map(Candidate::id)
                .toList();
    }

    private record Candidate(UUID id, boolean featured, String body) {
    }

    static boolean loads(String bodyHtml, String mediaId) {
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        for (Element element : body.select(LOADING_ATTRIBUTES)) {
            for (String attribute : List.of("src", "srcset", "poster", "href")) {
                if (element.attr(attribute).toLowerCase(Locale.ROOT).contains(mediaId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
