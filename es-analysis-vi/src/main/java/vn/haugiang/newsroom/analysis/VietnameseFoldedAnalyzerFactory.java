package vn.haugiang.newsroom.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code vietnamese_folded}: the standard tokenizer plus ICU folding, ready to name in a mapping
 * ({@code "analyzer": "vietnamese_folded"}) or in {@code _analyze}. Tokens are Vietnamese syllables,
 * lower-case, without tone or vowel marks, {@code đ} folded to {@code d}; see {@link VietnameseFoldedAnalyzer}.
 *
 * <p>Folding follows Unicode <a href="https://www.unicode.org/reports/tr30/tr30-4.html">UTR #30</a> as
 * implemented by Lucene's ICU folding filter.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/plugins/8.19/creating-stable-plugins.html">
 *     Elasticsearch: creating text analysis plugins with the stable plugin API</a>
 */
@NamedComponent(VietnameseFoldedAnalyzerFactory.NAME)
public final class VietnameseFoldedAnalyzerFactory implements AnalyzerFactory {

    /** The name to use in mappings and {@code _analyze}. */
    public static final String NAME = "vietnamese_folded";

    @Override
    public Analyzer create() {
        return new VietnameseFoldedAnalyzer();
    }
}
