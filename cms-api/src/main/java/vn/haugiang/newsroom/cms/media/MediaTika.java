package vn.haugiang.newsroom.cms.media;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;

/**
 * The media library's own Tika: the default detector and parsers, apart from the document
 * importer's forked ones. A holder rather than a bare {@link TikaConfig} bean so no other capability
 * that wants a Tika bean of its own collides with it.
 *
 * @param config the default configuration (every parser of {@code tika-parsers-standard-package})
 * @param parser an auto-detecting parser over it
 */
record MediaTika(TikaConfig config, Parser parser) {

    static MediaTika defaults() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        return new MediaTika(config, new AutoDetectParser(config));
    }
}
