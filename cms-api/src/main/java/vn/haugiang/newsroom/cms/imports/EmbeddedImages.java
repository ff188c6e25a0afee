package vn.haugiang.newsroom.cms.imports;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.media.MediaException;
import vn.haugiang.newsroom.cms.media.MediaKind;
import vn.haugiang.newsroom.cms.media.MediaService;
import vn.haugiang.newsroom.cms.media.MediaView;

/**
 * Puts a document's embedded images into the media library and points the body's
 * {@code <img src="embedded:NAME">} at them ({@code /media/<key of the web rendition>}, the path
 * the site serves once the item is published). An image the library refuses (e.g. a Windows
 * metafile) is left out of the body, with a warning.
 */
@Component
class EmbeddedImages {

    static final String PUBLIC_PREFIX = "/media/";

    private final MediaService media;

    EmbeddedImages(MediaService media) {
        this.media = media;
    }

    String store(CurrentUser user, String bodyHtml, List<EmbeddedImage> images, List<String> warnings) {
        String body = bodyHtml;
        for (EmbeddedImage image : images) {
            String placeholder = "embedded:" + image.name();
            try {
                MediaView stored = media.upload(user, image.name(), image.mediaType(), MediaKind.IMAGE,
                        new ByteArrayInputStream(image.bytes())).media();
                String key = stored.renditions().stream().filter(r -> r.name().equals("web")).findFirst()
                        .map(MediaView.RenditionLink::key).orElse(stored.key());
                body = body.replace(placeholder, PUBLIC_PREFIX + key);
            } catch (MediaException e) {
                warnings.add("embedded image " + image.name() + " was left out: " + e.getBody().getDetail());
                body = body.replace(placeholder, "");
            }
        }
        return body;
    }
}
