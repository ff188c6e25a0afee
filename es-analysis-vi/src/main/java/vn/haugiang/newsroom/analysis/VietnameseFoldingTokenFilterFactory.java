package vn.haugiang.newsroom.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code vietnamese_folding}: folds each token to lower-case ASCII-like Vietnamese
 * without diacritics, e.g. {@code Truyền} → {@code truyen}, {@code ĐƯỜNG} → {@code duong}.
 *
 * <p>It wraps Lucene's {@link ICUFoldingFilter}, which applies the Unicode
 * <a href="https://www.unicode.org/reports/tr30/tr30-4.html">UTR #30</a> foldings on top of NFKC case folding:
 * case, tone and vowel marks (including the horn of ư/ơ), and the stroke of đ/Đ. Because it normalises
 * first, NFC and NFD spellings of the same word give the same token. It does not split or join tokens, so
 * positions and offsets are those of the tokenizer in front of it.
 *
 * <p>Use it in a custom analyzer, for instance
 * {@code {"tokenizer": "standard", "filter": ["vietnamese_folding"]}}. Elasticsearch does not accept
 * stable-API filters in a keyword {@code normalizer}; {@link #normalize} still folds, so wildcard, prefix
 * and fuzzy queries on a text field that uses this filter are folded like the indexed terms.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/plugins/8.19/creating-stable-plugins.html">
 *     Elasticsearch: creating text analysis plugins with the stable plugin API</a>
 */
@NamedComponent(VietnameseFoldingTokenFilterFactory.NAME)
public final class VietnameseFoldingTokenFilterFactory implements TokenFilterFactory {

    /** The name to use in index settings. */
    public static final String NAME = "vietnamese_folding";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ICUFoldingFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        // The default passes terms through untouched, which would leave "Hậu*" unable to match "hau".
        return new ICUFoldingFilter(tokenStream);
    }
}
