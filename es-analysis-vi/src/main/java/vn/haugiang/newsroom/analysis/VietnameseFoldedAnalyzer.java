package vn.haugiang.newsroom.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene analyzer behind {@code vietnamese_folded}: {@link StandardTokenizer} (Unicode
 * <a href="https://www.unicode.org/reports/tr29/">UAX #29</a> word boundaries) followed by
 * {@link ICUFoldingFilter} (<a href="https://www.unicode.org/reports/tr30/tr30-4.html">UTR #30</a> folding).
 *
 * <p>One token per Vietnamese syllable, lower-case and without diacritics:
 * {@code "Đài Phát thanh và Truyền hình Hậu Giang"} gives
 * {@code dai phat thanh va truyen hinh hau giang}. NFD input tokenizes the same way, because combining
 * marks never break a word under UAX #29, and folding normalises them away. No stop words are removed.
 */
public final class VietnameseFoldedAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Elasticsearch runs multi-term query text (prefix, wildcard, fuzzy) through this, not createComponents.
        return new ICUFoldingFilter(in);
    }
}
